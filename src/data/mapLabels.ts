import type { MapLabel } from './types.ts';

/** Names the bundled basemap shows for orientation. Not story places; not interactive. */
export const mapLabels = [
  { text: 'Venezuela', position: { lat: 8.4, lng: -64.2 }, kind: 'country' },
  { text: 'Colombia', position: { lat: 4.5, lng: -73.2 }, kind: 'country' },
  { text: 'United States', position: { lat: 36.5, lng: -80.5 }, kind: 'country' },
  { text: 'Caribbean Sea', position: { lat: 13.6, lng: -77.2 }, kind: 'sea' },
  { text: 'Pacific Ocean', position: { lat: 9.0, lng: -95.0 }, kind: 'sea' },
  { text: 'Atlantic Ocean', position: { lat: 27.0, lng: -62.0 }, kind: 'sea' },
] as const satisfies readonly MapLabel[];
