// Leaflet's stylesheet and the map's own come with the page, not with the map's chunk: the
// placeholder shows the same toolbar and legend as the live map, so nothing moves when the
// map arrives. map.css must follow leaflet.css, whose defaults it overrides.
import 'leaflet/dist/leaflet.css';
import './map.css';
import { lazy, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import { ViewBoundary } from '../../components/ViewBoundary.tsx';
import type { Selection } from '../../state/selection.ts';
import { Legend } from './Legend.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { StaticMap } from './StaticMap.tsx';
import { useUi } from '../../locale/useEdition.ts';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string | null) => void;
}

/**
 * The map panel. The page (prerendered, or without JavaScript) shows the map as a picture;
 * the Leaflet map is its own chunk, fetched only once the page has loaded and the map is
 * near the viewport, so it never competes with the text. If that chunk cannot be fetched,
 * the reader gets a message and a retry, and the rest of the briefing carries on.
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

/** How near the viewport the map must come before its chunk is fetched. */
const NEAR = '200px 0px';

/** Until the live map is there: the same toolbar (inactive) and legend, and the picture. */
function MapPlaceholder() {
  return (
    <>
      <div className="map-toolbar--placeholder">
        <MapToolbar
          isReady={false}
          shownView={null}
          onView={() => {}}
          hasStreetTiles={false}
          onStreetTilesChange={() => {}}
          haveTilesFailed={false}
        />
      </div>
      <div className="map-frame">
        <StaticMap />
      </div>
      <Legend />
    </>
  );
}

export function MapSection({ selection, onSelect }: Props) {
  const ui = useUi();
  const panelRef = useRef<HTMLElement>(null);
  const [isWanted, setIsWanted] = useState(false);
  // React caches a failed lazy import, so a retry swaps in a fresh lazy component.
  const [BriefingMap, setBriefingMap] = useState(() => lazy(loadMap));
  function handleRetry() {
    setBriefingMap(() => lazy(loadMap));
  }

  useEffect(function loadTheMapWhenWanted() {
    // After the load event (the text and the picture are painted), and once the map is
    // near the viewport: a reader who never scrolls to it never pays for Leaflet.
    const panel = panelRef.current;
    if (!panel) return;
    // Without IntersectionObserver (old browsers, jsdom) the map simply loads.
    if (typeof IntersectionObserver === 'undefined') {
      const timer = setTimeout(() => setIsWanted(true));
      return () => clearTimeout(timer);
    }
    let observer: IntersectionObserver | undefined;
    const watch = () => {
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer?.disconnect();
          // A transition: React renders the map in slices, between the reader's inputs.
          startTransition(() => setIsWanted(true));
        },
        { rootMargin: NEAR },
      );
      // The frame, not the panel: on phones the panel is `display: contents` (it has no box
      // of its own, so it would never be seen to intersect anything).
      observer.observe(panel.querySelector('.map-frame') ?? panel);
    };
    if (document.readyState === 'complete') watch();
    else window.addEventListener('load', watch, { once: true });
    return () => {
      window.removeEventListener('load', watch);
      observer?.disconnect();
    };
  }, []);

  return (
    <section className="map-panel" aria-labelledby="map-heading" ref={panelRef}>
      <h2 id="map-heading" className="visually-hidden">
        {ui.map}
      </h2>
      {isWanted ? (
        <ViewBoundary
          name="map"
          message={ui.mapFailed}
          retryLabel={ui.mapRetry}
          onRetry={handleRetry}
          className="map-frame map-frame--message"
        >
          <Suspense fallback={<MapPlaceholder />}>
            <BriefingMap selection={selection} onSelect={onSelect} />
          </Suspense>
        </ViewBoundary>
      ) : (
        <MapPlaceholder />
      )}
      <StaticMap variant="print" />
    </section>
  );
}
