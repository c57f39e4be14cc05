import type { FitBoundsOptions } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { getEvent } from '../../data/index.ts';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { OVERVIEW, targetOfEvent } from './geometry.ts';

const PADDING: FitBoundsOptions = { padding: [24, 24] };

/** Moves the map to the selected event's places: a flight, or a jump for reduced motion. */
export function FollowSelection({ selectedId }: { readonly selectedId: string | null }) {
  const map = useMap();
  // What the map last moved to; undefined until the first view, which appears in place.
  // (Compared by id, not a first-run flag, so StrictMode's double effects change nothing.)
  const shown = useRef<string | null | undefined>(undefined);

  useEffect(
    function flyToSelection() {
      if (shown.current === selectedId) return;
      const animate = shown.current !== undefined && !prefersReducedMotion();
      shown.current = selectedId;
      const event = selectedId ? getEvent(selectedId) : undefined;
      const target = event ? targetOfEvent(event) : { kind: 'box' as const, box: OVERVIEW };
      // The frame may have just changed size (the event card appears with the first
      // selection): measure before aiming, or the place lands off-centre.
      map.invalidateSize({ pan: false });
      // A popup opened with the selection (a click on a place) may not fit where the map
      // lands; once it has landed, let the popup pan the map as it does when it opens.
      map.once('moveend', function fitOpenPopup() {
        map.eachLayer((layer) => {
          const popup = layer.getPopup();
          if (popup?.isOpen()) popup.update();
        });
      });
      if (target.kind === 'view') {
        if (animate) map.flyTo(target.center, target.zoom, { duration: 1.2 });
        else map.setView(target.center, target.zoom, { animate: false });
      } else if (animate) map.flyToBounds(target.box, { ...PADDING, duration: 1.2 });
      else map.fitBounds(target.box, { ...PADDING, animate: false });
    },
    [map, selectedId],
  );
  return null;
}
