// Leaflet's stylesheet and the map's own come with the page, not with the map's chunk: the
// placeholder shows the same toolbar and legend as the live map, so nothing moves when the
// map arrives. map.css must follow leaflet.css, whose defaults it overrides.
import 'leaflet/dist/leaflet.css';
import './map.css';
import { startTransition, useEffect, useRef, useState } from 'react';
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
type MapModule = typeof import('./BriefingMap.tsx');
const loadMap = (): Promise<MapModule> =>
  import('./BriefingMap.tsx').catch((error: unknown) => {
    // Some browsers (Chromium before about 140) remember a failed module fetch for the
    // page's life, so a retry would fail without asking the server again. Ask under a
    // fresh URL: the chunk's own imports keep theirs, so shared modules stay single.
    const url = /https?:\/\/\S+?\.js\b/.exec(String(error))?.[0];
    if (!url) throw error;
    return import(/* @vite-ignore */ `${url}?retry=${Date.now()}`) as Promise<MapModule>;
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

/** Renders nothing: throws the chunk's load failure into the view's error boundary. */
function MapLoadFailure({ error }: { readonly error: unknown }): never {
  throw error;
}

/** What the panel shows: the picture until the map is wanted and its chunk has arrived. */
type MapState =
  | { readonly status: 'waiting' }
  | { readonly status: 'ready'; readonly module: MapModule }
  | { readonly status: 'failed'; readonly error: unknown };

export function MapSection({ selection, onSelect }: Props) {
  const ui = useUi();
  const panelRef = useRef<HTMLElement>(null);
  // How many times the chunk has been asked for: 0 until the map is wanted, then bumped by
  // each retry.
  const [requests, setRequests] = useState(0);
  const [map, setMap] = useState<MapState>({ status: 'waiting' });

  useEffect(function loadTheMapWhenWanted() {
    // After the load event (the text and the picture are painted), and once the map is
    // near the viewport: a reader who never scrolls to it never pays for Leaflet.
    const panel = panelRef.current;
    if (!panel) return;
    // Without IntersectionObserver (old browsers) the map simply loads.
    if (typeof IntersectionObserver === 'undefined') {
      const timer = setTimeout(() => setRequests(1));
      return () => clearTimeout(timer);
    }
    let observer: IntersectionObserver | undefined;
    const watch = () => {
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer?.disconnect();
          setRequests(1);
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

  useEffect(
    function fetchTheMapOnceWanted() {
      if (requests === 0) return;
      // The chunk is fetched first and rendered once it is here, rather than through
      // React.lazy and Suspense: React holds back a suspended boundary's content for up to
      // 300 ms after its fallback shows, and the picture already stands in for the map.
      let isCurrent = true;
      loadMap().then(
        // A transition: React renders the map in slices, between the reader's inputs.
        (module) => isCurrent && startTransition(() => setMap({ status: 'ready', module })),
        (error: unknown) => isCurrent && setMap({ status: 'failed', error }),
      );
      return () => {
        isCurrent = false;
      };
    },
    [requests],
  );

  function handleRetry() {
    setMap({ status: 'waiting' });
    setRequests((n) => n + 1);
  }

  return (
    <section className="map-panel" aria-labelledby="map-heading" ref={panelRef}>
      <h2 id="map-heading" className="visually-hidden">
        {ui.map}
      </h2>
      <ViewBoundary
        name="map"
        message={ui.mapFailed}
        retryLabel={ui.mapRetry}
        onRetry={handleRetry}
        className="map-frame map-frame--message"
      >
        {map.status === 'ready' ? (
          <map.module.default selection={selection} onSelect={onSelect} />
        ) : map.status === 'failed' ? (
          <MapLoadFailure error={map.error} />
        ) : (
          <MapPlaceholder />
        )}
      </ViewBoundary>
      <StaticMap variant="print" />
    </section>
  );
}
