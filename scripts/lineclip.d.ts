// lineclip 2.0 is ESM with named exports only; its README still documents the 1.x default
// export (`lineclip.polyline`), which no longer exists.
declare module 'lineclip' {
  export type Point = [number, number];
  export type BBox = readonly [number, number, number, number];

  /** Cohen–Sutherland: the parts of a polyline inside bbox (appended to `result` if given). */
  export function clipPolyline(points: readonly Point[], bbox: BBox, result?: Point[][]): Point[][];

  /** Sutherland–Hodgman: the polygon ring clipped to bbox; may be empty, and is not re-closed. */
  export function clipPolygon(points: readonly Point[], bbox: BBox): Point[];
}
