/* oxlint-disable no-underscore-dangle -- the renderer's members are Leaflet's own, underscored names */
import { SVG } from 'leaflet';

/** What this touches of Leaflet's renderer, whose own names start with an underscore. */
interface Renderer {
  _layers: Record<string, { _reset(): void }>;
  _center: unknown;
  _zoom: number;
  _update(): void;
  _updateTransform(center: unknown, zoom: number): void;
}
type Method = (this: Renderer) => void;

/** The map events that bracket a jump of our own, any size check included (`jump` below). */
export const JUMP_START = 'briefing:jumpstart';
export const JUMP_END = 'briefing:jumpend';

/** Renderers between a jump's start (`viewprereset`, or JUMP_START) and its end. */
const jumping = new WeakSet<Renderer>();
let isPatched = false;

/**
 * Leaflet's SVG renderer draws every path three times in a jump (a `setView` or `fitBounds`
 * without animation: every step with reduced motion, and the first view). `_resetView`
 * fires `zoomend`, on which the renderer reprojects every path, then `moveend`, on which
 * it re-clips and rewrites every path, then `viewreset`, on which it does both again.
 * Between `viewprereset` and `viewreset` this leaves it all to `viewreset`, so each path is
 * projected and drawn once. Animated moves (flights, the reader's own zooms) never reset
 * the view and are untouched.
 *
 * It patches the renderer's prototype through Leaflet's own `include`, since Leaflet makes
 * one renderer per pane itself; BriefingMap calls it before the map is made.
 */
export function drawJumpsOnce(): void {
  if (isPatched) return;
  isPatched = true;
  const stock = SVG.prototype as unknown as Record<
    'getEvents' | '_onZoomEnd' | '_updatePaths',
    Method
  >;
  const { getEvents, _onZoomEnd: projectAll, _updatePaths: drawAll } = stock;
  SVG.include({
    getEvents(this: Renderer) {
      return {
        ...(getEvents.call(this) as unknown as Record<string, Method>),
        viewprereset(this: Renderer) {
          jumping.add(this);
        },
        [JUMP_START](this: Renderer) {
          jumping.add(this);
        },
        [JUMP_END](this: Renderer) {
          // A jump that did not reset the view (a short one is a plain pan): draw it now.
          if (!jumping.delete(this)) return;
          this._update();
        },
      };
    },
    _onZoomEnd(this: Renderer) {
      if (!jumping.has(this)) projectAll.call(this);
    },
    _updatePaths(this: Renderer) {
      if (!jumping.has(this)) drawAll.call(this);
    },
    _reset(this: Renderer) {
      // The stock `_reset` with each path drawn once: the frame first (`_update`, whose
      // redraw of the paths is skipped while jumping), then every path projected and drawn.
      this._update();
      this._updateTransform(this._center, this._zoom);
      for (const layer of Object.values(this._layers)) layer._reset();
      jumping.delete(this);
    },
  });
}

/**
 * Runs a jump of our own (`setView` or `fitBounds` without animation, and the size check
 * before it when there is one) with the paths drawn once at the end: `invalidateSize` on a
 * frame that has changed size would otherwise re-clip and rewrite every path for a view
 * about to be left.
 */
export function jump(map: { fire(type: string): unknown }, move: () => void): void {
  map.fire(JUMP_START);
  try {
    move();
  } finally {
    map.fire(JUMP_END);
  }
}
