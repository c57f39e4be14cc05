import type { Map as LeafletMap } from 'leaflet';

// Where a popup, or a place brought into view, may sit in the map's frame. Clear of the
// zoom buttons (top left) and the attribution (bottom right), so no control ever covers
// one: Leaflet pans the map until a popup fits inside these margins.
const CLEAR_OF_CONTROLS_TOP_LEFT = { x: 58, y: 12 };
const CLEAR_OF_CONTROLS_BOTTOM_RIGHT = { x: 12, y: 30 };

/**
 * The part of the map's frame the reader sees, clear of the controls: on a wide screen the
 * stage is as tall as the window and starts under the masthead, so until the page scrolls
 * the frame's bottom is below the window's.
 */
export function seenPartOf(map: LeafletMap) {
  const frame = map.getContainer().getBoundingClientRect();
  return {
    left: frame.left + CLEAR_OF_CONTROLS_TOP_LEFT.x,
    top: Math.max(frame.top, 0) + CLEAR_OF_CONTROLS_TOP_LEFT.y,
    right: frame.right - CLEAR_OF_CONTROLS_BOTTOM_RIGHT.x,
    bottom: Math.min(frame.bottom, window.innerHeight) - CLEAR_OF_CONTROLS_BOTTOM_RIGHT.y,
    frame,
  };
}

/** How far a span (low..high) reaches past from..to: negative before it, positive after. */
const beyond = (low: number, high: number, from: number, to: number) =>
  low < from ? low - from : high > to ? high - to : 0;

/**
 * Pans a place's handle, as drawn, into the part of the frame the reader sees, if it is
 * not: a popup pulls the map to make room for itself and may leave its place at an edge,
 * and a place reached with Tab may be at one.
 */
export function bringPlaceIntoView(map: LeafletMap, placeId: string): void {
  const handle = map.getContainer().querySelector(`[data-place-handle="${placeId}"]`);
  if (!handle) return;
  const box = handle.getBoundingClientRect();
  const seen = seenPartOf(map);
  // Too little of the frame is seen (it is scrolled nearly out of the window): the page,
  // not the map, has to move.
  if (seen.bottom - seen.top < box.height || seen.right - seen.left < box.width) return;
  // Whole pixels, as Leaflet pans: a fraction rounded to nothing would still end a move.
  const dx = Math.round(beyond(box.left, box.right, seen.left, seen.right));
  const dy = Math.round(beyond(box.top, box.bottom, seen.top, seen.bottom));
  if (dx || dy) map.panBy([dx, dy]);
}
