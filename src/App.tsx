import { LinkNotice } from './components/LinkNotice.tsx';
import { ViewBoundary } from './components/ViewBoundary.tsx';
import { ArticleHeader } from './features/article/ArticleHeader.tsx';
import { BriefingIntro } from './features/article/BriefingIntro.tsx';
import { Story } from './features/article/Story.tsx';
import { EmbedCredit } from './features/embed/EmbedCredit.tsx';
import { EmbedHeading } from './features/embed/EmbedHeading.tsx';
import { ReportHeight } from './features/embed/ReportHeight.tsx';
import { MapSection } from './features/map/MapSection.tsx';
import { PlaceList } from './features/map/PlaceList.tsx';
import { ReadingFocus } from './features/reading/ReadingFocus.tsx';
import { EventDetail } from './features/timeline/EventDetail.tsx';
import { SelectionAnnouncer } from './features/timeline/SelectionAnnouncer.tsx';
import { Timeline } from './features/timeline/Timeline.tsx';
import { useIsEmbedded } from './state/embed.ts';
import { selectedIdOf } from './state/selection.ts';
import { useSelection } from './state/useSelection.ts';
import { useUi } from './locale/useEdition.ts';

/**
 * Lays out the views around one selection; the views do the rest. The stage (stepper,
 * the selected event, the map) stays on screen while the story scrolls beside it on wide
 * screens, or under the map on phones, where the stepper and the event sit at the bottom
 * (styles.css). The embed (`?embed`) keeps the stage alone, with a credit linking to the
 * full page; the stage's views stay where they are in the tree, so React keeps them (and
 * the map) as it drops the rest after hydrating the full page.
 */
export function App() {
  const { selection, select, step } = useSelection();
  const ui = useUi();
  const isEmbedded = useIsEmbedded();
  return (
    <>
      {!isEmbedded && (
        <a className="skip-link" href="#story">
          {ui.skipToStory}
        </a>
      )}
      {isEmbedded ? <EmbedHeading /> : <ArticleHeader selectedId={selectedIdOf(selection)} />}
      <LinkNotice selection={selection} />
      <main className="layout">
        <div className="stage">
          <div className="dock" data-height-var="--dock-h">
            <ViewBoundary name="timeline" message={ui.timelineFailed} retryLabel={ui.timelineRetry}>
              <Timeline selection={selection} onSelect={select} onStep={step} />
            </ViewBoundary>
            <EventDetail selection={selection} />
          </div>
          <MapSection selection={selection} onSelect={select} />
        </div>
        {!isEmbedded && (
          <div className="layout__story" id="story" tabIndex={-1}>
            <BriefingIntro />
            <ViewBoundary name="story" message={ui.storyFailed} retryLabel={ui.storyRetry}>
              <Story selection={selection} onSelect={select} />
            </ViewBoundary>
            <PlaceList selectedId={selectedIdOf(selection)} onSelect={select} />
          </div>
        )}
      </main>
      {isEmbedded ? (
        <EmbedCredit selectedId={selectedIdOf(selection)} />
      ) : (
        <footer className="page-footer">
          <p className="page-footer__download">
            <a href="./briefing.json" download="briefing.json">
              {ui.downloadData}
            </a>{' '}
            {ui.downloadDataNote}
          </p>
        </footer>
      )}
      <SelectionAnnouncer selection={selection} />
      <ReadingFocus selection={selection} onSelect={select} onStep={step} />
      {isEmbedded && <ReportHeight />}
    </>
  );
}
