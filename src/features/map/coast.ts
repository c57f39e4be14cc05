// The coastline, derived from the land: the build ships land polygons only, and a coast is
// a land ring less the stretches where the clipping ran it along a window's edge.
import type { BasemapBBox } from '../../../scripts/basemapTypes.ts';

type Position = GeoJSON.Position;

/** Whether a segment runs along one of the windows' edges (clipping made it, not the coast). */
function isClipEdge(a: Position, b: Position, xs: Set<number>, ys: Set<number>): boolean {
  return (a[0] === b[0] && xs.has(a[0]!)) || (a[1] === b[1] && ys.has(a[1]!));
}

/** The coast of clipped land, as lines: every ring, split where it runs along a clip edge. */
export function coastOf(
  land: GeoJSON.MultiPolygon,
  windows: readonly BasemapBBox[],
): GeoJSON.MultiLineString {
  const xs = new Set(windows.flatMap(([w, , e]) => [w, e]));
  const ys = new Set(windows.flatMap(([, s, , n]) => [s, n]));
  const lines: Position[][] = [];
  for (const ring of land.coordinates.flat()) {
    // Closed rings: the last point repeats the first, so there are n segments.
    const n = ring.length - 1;
    const isEdge = (i: number) => isClipEdge(ring[i]!, ring[i + 1]!, xs, ys);
    let start = -1;
    for (let i = 0; i < n && start < 0; i++) if (isEdge(i)) start = i;
    if (start < 0) {
      lines.push(ring);
      continue;
    }
    // Walk once round from just after a clip edge, so no piece of coast is split at the seam.
    let line: Position[] = [];
    for (let k = 1; k <= n; k++) {
      const i = (start + k) % n;
      if (isEdge(i)) {
        if (line.length >= 2) lines.push(line);
        line = [];
      } else {
        if (line.length === 0) line.push(ring[i]!);
        line.push(ring[i + 1]!);
      }
    }
    if (line.length >= 2) lines.push(line);
  }
  return { type: 'MultiLineString', coordinates: lines };
}
