import { LinkNotice } from './components/LinkNotice.tsx';
import { ViewBoundary } from './components/ViewBoundary.tsx';
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
      <ArticleHeader selectedId={selectedIdOf(selection)} />
      <LinkNotice selection={selection} />
      <ViewBoundary
        name="timeline"
        message="The timeline could not be shown. The map and the story still work."
        retryLabel="Show the timeline again"
      >
        <Timeline selection={selection} onSelect={select} />
      </ViewBoundary>
      <main className="layout">
        <div className="layout__map">
          <MapSection selection={selection} onSelect={select} />
          <EventDetail selection={selection} />
        </div>
        <div className="layout__story" id="story" tabIndex={-1}>
          <ViewBoundary
            name="story"
            message="The story could not be shown. The timeline and the map still work."
            retryLabel="Show the story again"
          >
            <Story selection={selection} onSelect={select} />
          </ViewBoundary>
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
