import type { PathOptions } from 'leaflet';

// Colours come from the stylesheet (classes in map.css), so light and dark themes both apply.
export const landStyle: PathOptions = { className: 'basemap-land', stroke: false, fillOpacity: 1 };
// For Rectangles, whose className must be a prop of its own (pathOptions come after creation).
export const seaStyle: PathOptions = { stroke: false, fillOpacity: 1 };
export const coastStyle: PathOptions = { className: 'basemap-coast', weight: 1, fill: false };
export const borderStyle: PathOptions = {
  className: 'basemap-border',
  weight: 1,
  dashArray: '4 3',
  fill: false,
};
