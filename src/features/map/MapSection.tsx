import { lazy, Suspense, useState } from 'react';
import { ViewBoundary } from '../../components/ViewBoundary.tsx';
import type { Selection } from '../../state/selection.ts';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string | null) => void;
}

/**
 * The map panel. The Leaflet map is its own chunk, loaded after the story has painted;
 * if that chunk cannot be fetched, the reader gets a message and a retry, and the rest of
 * the briefing carries on.
 */
const loadMap = () =>
  import('./BriefingMap.tsx').catch((error: unknown) => {
    // Some browsers (Chromium before about 140) remember a failed module fetch for the
    // page's life, so a retry would fail without asking the server again. Ask under a
    // fresh URL: the chunk's own imports keep theirs, so shared modules stay single.
    const url = /https?:\/\/\S+?\.js\b/.exec(String(error))?.[0];
    if (!url) throw error;
    return import(/* @vite-ignore */ `${url}?retry=${Date.now()}`) as Promise<
      typeof import('./BriefingMap.tsx')
    >;
  });

export function MapSection({ selection, onSelect }: Props) {
  // React caches a failed lazy import, so a retry swaps in a fresh lazy component.
  const [BriefingMap, setBriefingMap] = useState(() => lazy(loadMap));
  function handleRetry() {
    setBriefingMap(() => lazy(loadMap));
  }

  return (
    <section className="map-panel" aria-labelledby="map-heading">
      <h2 id="map-heading" className="visually-hidden">
        Map
      </h2>
      <ViewBoundary
        name="map"
        message="The map could not be loaded. The timeline, the story and the list of places at the end of the story still work."
        retryLabel="Try loading the map again"
        onRetry={handleRetry}
        className="map-frame map-frame--message"
      >
        <Suspense
          fallback={
            <div className="map-frame map-frame--message">
              <p>Loading the map…</p>
            </div>
          }
        >
          <BriefingMap selection={selection} onSelect={onSelect} />
        </Suspense>
      </ViewBoundary>
    </section>
  );
}
