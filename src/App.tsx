import { LinkNotice } from './components/LinkNotice.tsx';
import { ArticleHeader } from './features/article/ArticleHeader.tsx';
import { Story } from './features/article/Story.tsx';
import { MapSection } from './features/map/MapSection.tsx';
import { PlaceList } from './features/map/PlaceList.tsx';
import { EventDetail } from './features/timeline/EventDetail.tsx';
import { SelectionAnnouncer } from './features/timeline/SelectionAnnouncer.tsx';
import { Timeline } from './features/timeline/Timeline.tsx';
import { selectedIdOf } from './state/selection.ts';
import { useSelection } from './state/useSelection.ts';

/** Lays out the three views around one selection; the views do the rest. */
export function App() {
  const { selection, select } = useSelection();
  return (
    <>
      <a className="skip-link" href="#story">
        Skip to the story
      </a>
      <ArticleHeader />
      <LinkNotice selection={selection} />
      <Timeline selection={selection} onSelect={select} />
      <main className="layout">
        <div className="layout__map">
          <MapSection selection={selection} onSelect={select} />
          <EventDetail selection={selection} />
        </div>
        <div className="layout__story" id="story" tabIndex={-1}>
          <Story selection={selection} onSelect={select} />
          <PlaceList selectedId={selectedIdOf(selection)} onSelect={select} />
        </div>
      </main>
      <footer className="page-footer">
        <p className="page-footer__download">
          <a href="./briefing.json" download="briefing.json">
            Download the data
          </a>{' '}
          (JSON: every place, event, section and citation).
        </p>
      </footer>
      <SelectionAnnouncer selection={selection} />
    </>
  );
}
