// Views of the live map, measured on a Leaflet map. Apart from geometry.ts, which holds no
// Leaflet, so the build's prerender (which has no window) can read the boxes and views.
import { latLngBounds, point, type Map as LeafletMap } from 'leaflet';
import type { LatLng } from '../../data/index.ts';
import { FIT_PADDING, type Box } from './geometry.ts';

/** A view of the map: where its centre is and how far it is zoomed. */
export interface View {
  readonly center: LatLng;
  readonly zoom: number;
}

/** The view that fitting `box` (with FIT_PADDING) gives at the map's current size. */
export function fittedView(map: LeafletMap, box: Box): View {
  const bounds = latLngBounds(box);
  const zoom = map.getBoundsZoom(bounds, false, point(FIT_PADDING[0] * 2, FIT_PADDING[1] * 2));
  const center = map.unproject(
    map
      .project(bounds.getSouthWest(), zoom)
      .add(map.project(bounds.getNorthEast(), zoom))
      .divideBy(2),
    zoom,
  );
  return { center, zoom };
}

/** Whether the map shows `view`: same zoom, centre within two pixels. */
export function isShowing(map: LeafletMap, view: View): boolean {
  if (Math.abs(map.getZoom() - view.zoom) > 0.01) return false;
  const here = map.project(map.getCenter(), view.zoom);
  return here.distanceTo(map.project(view.center, view.zoom)) < 2;
}
