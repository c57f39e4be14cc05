import { Component, lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import type { Selection } from '../../state/selection.ts';
import { PlaceList } from './PlaceList.tsx';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string) => void;
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
          The map could not be loaded. The timeline, the story and the list of places below still
          work.
        </p>
        <button
          type="button"
          onClick={() => {
            this.setState({ hasFailed: false });
            this.props.onRetry();
          }}
        >
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
export function MapSection({ selection, onSelect }: Props) {
  const [attempt, setAttempt] = useState(0);
  // A failed lazy import is cached by React, so each retry needs a fresh lazy component.
  const BriefingMap = useMemo(() => {
    void attempt;
    return lazy(() => import('./BriefingMap.tsx'));
  }, [attempt]);
  const selectedId = selection.status === 'selected' ? selection.eventId : null;

  return (
    <section className="map-panel" aria-label="Map">
      <MapErrorBoundary onRetry={() => setAttempt((n) => n + 1)}>
        <Suspense
          fallback={
            <div className="map-frame map-frame--message">
              <p>Loading the map…</p>
            </div>
          }
        >
          <BriefingMap selectedId={selectedId} onSelect={onSelect} />
        </Suspense>
      </MapErrorBoundary>
      <PlaceList selectedId={selectedId} onSelect={onSelect} />
    </section>
  );
}
