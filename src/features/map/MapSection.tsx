import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import type { Selection } from '../../state/selection.ts';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string | null) => void;
}

class MapErrorBoundary extends Component<
  { readonly onRetry: () => void; readonly children: ReactNode },
  { readonly hasFailed: boolean }
> {
  override state = { hasFailed: false };

  static getDerivedStateFromError() {
    return { hasFailed: true };
  }

  override render() {
    if (!this.state.hasFailed) return this.props.children;
    return (
      <div className="map-frame map-frame--message" role="alert">
        <p>
          The map could not be loaded. The timeline, the story and the list of places at the end of
          the story still work.
        </p>
        <button type="button" className="button" onClick={this.props.onRetry}>
          Try loading the map again
        </button>
      </div>
    );
  }
}

/**
 * The map panel. The Leaflet map is its own chunk, loaded after the story has painted;
 * if that chunk cannot be fetched, the reader gets a message and a retry, and the rest of
 * the briefing carries on.
 */
const loadMap = () => import('./BriefingMap.tsx');

export function MapSection({ selection, onSelect }: Props) {
  // React caches a failed lazy import, so a retry swaps in a fresh lazy component.
  const [BriefingMap, setBriefingMap] = useState(() => lazy(loadMap));
  const [attempt, setAttempt] = useState(0);
  function handleRetry() {
    setBriefingMap(() => lazy(loadMap));
    setAttempt((n) => n + 1);
  }

  return (
    <section className="map-panel" aria-labelledby="map-heading">
      <h2 id="map-heading" className="visually-hidden">
        Map
      </h2>
      <MapErrorBoundary key={attempt} onRetry={handleRetry}>
        <Suspense
          fallback={
            <div className="map-frame map-frame--message">
              <p>Loading the map…</p>
            </div>
          }
        >
          <BriefingMap selection={selection} onSelect={onSelect} />
        </Suspense>
      </MapErrorBoundary>
    </section>
  );
}
