import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { clipPolygon, clipPolyline, type Point } from 'lineclip';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Basemap, BasemapBBox, CaracasBasemap, LayerSetWithBBox } from './basemapTypes.ts';
import { cityTowns, regionTowns } from './towns.ts';

export type {
  Basemap,
  BasemapBBox,
  BasemapLayerSet,
  CaracasBasemap,
  LayerSetWithBBox,
} from './basemapTypes.ts';

/** [west, south, east, north]: the Caribbean, northern South America, the eastern Pacific off Central America, and the US east coast up to New York. */
export const REGION_BBOX = [-100, -6, -52, 44] as const;
/**
 * The whole basemap's extent: the map never lets the reader see past it. Wide enough that
 * a desktop map zoomed all the way out from the Caribbean still shows New York.
 */
export const WORLD_BBOX = [-135, -35, -15, 60] as const;
export const CARACAS_BBOX = [-68.6, 9.8, -65.6, 11.3] as const;

type Scale = '10m' | '50m' | '110m';
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
  bbox: BasemapBBox,
  decimals: number,
  exterior: boolean,
): Point[] | null {
  // clipPolygon treats its input as implicitly closed and does not re-close its output.
  const open = roundLine(clipPolygon(ring.slice(0, -1), [...bbox]), decimals);
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

function clipLine(line: readonly Point[], bbox: BasemapBBox, decimals: number): Point[][] {
  return clipPolyline([...line], [...bbox])
    .map((part) => roundLine(part, decimals))
    .filter((part) => part.length >= 2);
}

/**
 * One scale's land, coast and borders inside `bbox`, or, given `windows`, inside each of
 * those boxes (which tile part of `bbox` without overlapping).
 */
function buildLayerSet(
  scale: Scale,
  bbox: BasemapBBox,
  decimals: number,
  windows: readonly BasemapBBox[] = [bbox],
): LayerSetWithBBox {
  const landTopo = readTopology<LandTopology>(`land-${scale}`);
  const countriesTopo = readTopology<CountriesTopology>(`countries-${scale}`);

  const land: Point[][][] = [];
  for (const window of windows) clipLand(landPolygons(landTopo), window, decimals, land);

  const borderMesh = mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b);
  const borders = windows.flatMap((window) =>
    (borderMesh.coordinates as Point[][]).flatMap((line) => clipLine(line, window, decimals)),
  );

  return {
    bbox,
    windows,
    land: { type: 'MultiPolygon', coordinates: land },
    borders: { type: 'MultiLineString', coordinates: borders },
  };
}

function clipLand(
  polygons: Point[][][],
  bbox: BasemapBBox,
  decimals: number,
  land: Point[][][],
): void {
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    const clippedOuter = clipRing(outer, bbox, decimals, true);
    if (!clippedOuter) continue;
    const rings = [clippedOuter];
    for (const hole of holes) {
      const clipped = clipRing(hole, bbox, decimals, false);
      if (clipped) rings.push(clipped);
    }
    land.push(rings);
  }
}

/** The four strips of `outer` around `inner`: north, south, west, east. */
export function framesAround(outer: BasemapBBox, inner: BasemapBBox): BasemapBBox[] {
  const [W, S, E, N] = outer;
  const [w, s, e, n] = inner;
  return [
    [W, n, E, N],
    [W, S, E, s],
    [W, s, w, n],
    [e, s, E, n],
  ];
}

export function buildBasemap(): Basemap {
  return {
    // 1:110m is within a pixel or two at the zooms where the reader sees past the region.
    world: buildLayerSet('110m', WORLD_BBOX, 1, framesAround(WORLD_BBOX, REGION_BBOX)),
    region: buildLayerSet('50m', REGION_BBOX, 2),
    towns: regionTowns(REGION_BBOX),
  };
}

/** Natural Earth's 1:10m land, coast and borders around Caracas, for city zooms. */
export function buildCaracasBasemap(): CaracasBasemap {
  return {
    caracas: buildLayerSet('10m', CARACAS_BBOX, 3),
    towns: cityTowns(CARACAS_BBOX, regionTowns(REGION_BBOX)),
  };
}
