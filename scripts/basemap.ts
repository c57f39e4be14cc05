import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { clipPolygon, clipPolyline, type BBox, type Point } from 'lineclip';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface BasemapLayerSet {
  /** Land, clipped to the window (polygon clipping: lineclip.polygon on each ring). */
  readonly land: GeoJSON.MultiPolygon;
  /** Coastlines as lines (the land rings clipped with lineclip.polyline, so the clip edge is not drawn as coast). */
  readonly coast: GeoJSON.MultiLineString;
  /** Land borders between countries: topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b), clipped as lines. */
  readonly borders: GeoJSON.MultiLineString;
}

export type BasemapBBox = readonly [number, number, number, number];

export interface Basemap {
  readonly region: BasemapLayerSet & { readonly bbox: BasemapBBox };
  readonly caracas: BasemapLayerSet & { readonly bbox: BasemapBBox };
}

/** [west, south, east, north]: the Caribbean, northern South America, the eastern Pacific off Central America, and the US east coast up to New York. */
export const REGION_BBOX = [-100, -6, -52, 44] as const;
export const CARACAS_BBOX = [-68.6, 9.8, -65.6, 11.3] as const;

type Scale = '10m' | '50m';
type LandTopology = Topology<{ land: GeometryCollection }>;
type CountriesTopology = Topology<{ countries: GeometryCollection }>;

// Resolved through Node's resolver rather than a path relative to this file, because Vite
// bundles the config (and this module with it) into a temporary file before running it.
const require = createRequire(import.meta.url);

function readTopology<T>(name: string): T {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8')) as T;
}

/** Every polygon of every feature, as arrays of rings. */
function landPolygons(topo: LandTopology): Point[][][] {
  const polygons: Point[][][] = [];
  for (const { geometry } of feature(topo, topo.objects.land).features) {
    if (geometry.type === 'Polygon') polygons.push(geometry.coordinates as Point[][]);
    else if (geometry.type === 'MultiPolygon')
      polygons.push(...(geometry.coordinates as Point[][][]));
  }
  return polygons;
}

/** Rounds, then drops the consecutive duplicates that rounding (and clipping) create. */
function roundLine(points: readonly Point[], decimals: number): Point[] {
  const f = 10 ** decimals;
  const out: Point[] = [];
  for (const [x, y] of points) {
    const p: Point = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Twice the signed planar area; positive for counter-clockwise rings. */
function signedArea2(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return sum;
}

function clipRing(
  ring: readonly Point[],
  bbox: BBox,
  decimals: number,
  exterior: boolean,
): Point[] | null {
  // clipPolygon treats its input as implicitly closed and does not re-close its output.
  const open = roundLine(clipPolygon(ring.slice(0, -1), bbox), decimals);
  const first = open[0];
  const last = open[open.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) open.pop();
  // Three distinct points, so four once closed.
  if (open.length < 3) return null;
  const area2 = signedArea2(open);
  if (area2 === 0) return null;
  // world-atlas follows d3-geo's spherical winding (exterior clockwise); RFC 7946 asks for
  // exterior rings counter-clockwise, which some consumers rely on.
  if (area2 > 0 !== exterior) open.reverse();
  open.push(open[0]!);
  return open;
}

function clipLine(line: readonly Point[], bbox: BBox, decimals: number): Point[][] {
  return clipPolyline(line, bbox)
    .map((part) => roundLine(part, decimals))
    .filter((part) => part.length >= 2);
}

/**
 * A closed ring clipped as a line is split at its start point even when that point is
 * inside the window; rejoining the last and first pieces avoids a seam in the coastline.
 */
function clipClosedLine(ring: readonly Point[], bbox: BBox, decimals: number): Point[][] {
  const parts = clipLine(ring, bbox, decimals);
  if (parts.length < 2) return parts;
  const head = parts[0]!;
  const tail = parts[parts.length - 1]!;
  const a = head[0]!;
  const b = tail[tail.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) return parts;
  return [[...tail, ...head.slice(1)], ...parts.slice(1, -1)];
}

function buildLayerSet(
  scale: Scale,
  bbox: BasemapBBox,
  decimals: number,
): BasemapLayerSet & { readonly bbox: BasemapBBox } {
  const landTopo = readTopology<LandTopology>(`land-${scale}`);
  const countriesTopo = readTopology<CountriesTopology>(`countries-${scale}`);

  const land: Point[][][] = [];
  const coast: Point[][] = [];
  for (const [outer, ...holes] of landPolygons(landTopo)) {
    if (!outer) continue;
    const clippedOuter = clipRing(outer, bbox, decimals, true);
    if (!clippedOuter) continue;
    const rings = [clippedOuter];
    coast.push(...clipClosedLine(outer, bbox, decimals));
    for (const hole of holes) {
      const clipped = clipRing(hole, bbox, decimals, false);
      // Coasts only for rings that survived, so a dropped lake leaves no stray outline.
      if (!clipped) continue;
      rings.push(clipped);
      coast.push(...clipClosedLine(hole, bbox, decimals));
    }
    land.push(rings);
  }

  const borderMesh = mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b);
  const borders = (borderMesh.coordinates as Point[][]).flatMap((line) =>
    clipLine(line, bbox, decimals),
  );

  return {
    bbox,
    land: { type: 'MultiPolygon', coordinates: land },
    coast: { type: 'MultiLineString', coordinates: coast },
    borders: { type: 'MultiLineString', coordinates: borders },
  };
}

export function buildBasemap(): Basemap {
  return {
    region: buildLayerSet('50m', REGION_BBOX, 2),
    caracas: buildLayerSet('10m', CARACAS_BBOX, 3),
  };
}
