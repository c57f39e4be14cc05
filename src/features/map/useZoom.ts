import { useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';

/**
 * Whether the map is zoomed to `min` or closer: a component that only cares about one
 * threshold renders when the map crosses it, not at every zoom.
 */
export function useZoomAtLeast(min: number): boolean {
  const map = useMap();
  const [isAtLeast, setIsAtLeast] = useState(() => map.getZoom() >= min);
  useMapEvents({ zoomend: () => setIsAtLeast(map.getZoom() >= min) });
  return isAtLeast;
}
