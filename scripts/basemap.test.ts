import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { coastOf } from '../src/features/map/coast.ts';
import {
  buildBasemap,
  buildCaracasBasemap,
  CARACAS_BBOX,
  REGION_BBOX,
  WORLD_BBOX,
  type Basemap,
  type BasemapLayerSet,
  type CaracasBasemap,
} from './basemap.ts';
import { basemapPlugin } from './basemapPlugin.ts';

type Position = GeoJSON.Position;
type LayerSet = Basemap['region'];

let basemap: Basemap;
let detail: CaracasBasemap;
beforeAll(() => {
  basemap = buildBasemap();
  detail = buildCaracasBasemap();
});

const sets = [
  { name: 'world', decimals: 1, bbox: WORLD_BBOX, get: () => basemap.world },
  { name: 'region', decimals: 2, bbox: REGION_BBOX, get: () => basemap.region },
  { name: 'caracas', decimals: 3, bbox: CARACAS_BBOX, get: () => detail.caracas },
] as const;

const coast = (set: LayerSet) => coastOf(set.land, set.windows);

function allPositions(set: BasemapLayerSet): Position[] {
  return [...set.land.coordinates.flat(2), ...set.borders.coordinates.flat()];
}

/** Even-odd rule over all of a polygon's rings, so holes count as water. */
function inPolygon([x, y]: readonly [number, number], rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function onLand(set: LayerSet, lat: number, lng: number): boolean {
  return set.land.coordinates.some((polygon) => inPolygon([lng, lat], polygon));
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += (xj - xi) * (yj + yi);
  }
  return sum / 2;
}

/** Total length of the segments that run along one of the bbox's edges. */
function edgeLength(lines: Position[][], [west, south, east, north]: readonly number[]): number {
  let total = 0;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [ax = NaN, ay = NaN] = line[i - 1]!;
      const [bx = NaN, by = NaN] = line[i]!;
      if (
        (ax === bx && (ax === west || ax === east)) ||
        (ay === by && (ay === south || ay === north))
      )
        total += Math.hypot(bx - ax, by - ay);
    }
  }
  return total;
}

describe.each(sets)('$name layer set', ({ decimals, bbox, get }) => {
  it('keeps its bbox', () => {
    expect(get().bbox).toEqual(bbox);
  });

  it('has every coordinate inside the bbox, rounded to the stated decimals', () => {
    const [west, south, east, north] = bbox;
    const f = 10 ** decimals;
    const positions = allPositions(get());
    expect(positions.length).toBeGreaterThan(100);
    const bad = positions.filter(
      ([lng = NaN, lat = NaN, ...rest]) =>
        rest.length > 0 ||
        !(lng >= west && lng <= east && lat >= south && lat <= north) ||
        Math.round(lng * f) / f !== lng ||
        Math.round(lat * f) / f !== lat,
    );
    expect(bad).toEqual([]);
  });

  it('has closed, non-degenerate rings with RFC 7946 winding and no repeated points', () => {
    for (const polygon of get().land.coordinates) {
      polygon.forEach((ring, index) => {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        // Exterior counter-clockwise, holes clockwise.
        expect(Math.sign(signedArea(ring))).toBe(index === 0 ? 1 : -1);
        for (let i = 1; i < ring.length; i++) expect(ring[i]).not.toEqual(ring[i - 1]);
      });
    }
  });

  it('has lines of at least two distinct consecutive points', () => {
    for (const line of [...coast(get()).coordinates, ...get().borders.coordinates]) {
      expect(line.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < line.length; i++) expect(line[i]).not.toEqual(line[i - 1]);
    }
  });

  it('does not draw a clip window edge as coastline (the coast the map derives)', () => {
    const { land, windows } = get();
    // Polygon-clipped rings run along the window edges for whole degrees, as the land shows;
    // the coast derived from them must not.
    for (const window of windows) {
      expect(edgeLength(coast(get()).coordinates, window)).toBe(0);
    }
    expect(
      windows.reduce((sum, w) => sum + edgeLength(land.coordinates.flat(), w), 0),
    ).toBeGreaterThan(1);
  });

  it('derives a coast that keeps nearly every point of the land', () => {
    const landPoints = get().land.coordinates.flat(2).length;
    const coastPoints = coast(get()).coordinates.flat().length;
    expect(coastPoints).toBeGreaterThan(landPoints * 0.9);
  });
});

describe.each(sets.slice(1))('$name layer set around Caracas', ({ get }) => {
  it('puts Caracas on land', () => {
    expect(onLand(get(), 10.49, -66.88)).toBe(true);
  });

  it('puts the sea just north of the Caracas coast in the water', () => {
    expect(onLand(get(), 11.0, -66.5)).toBe(false);
  });
});

describe('world layer set', () => {
  it('stays out of the region, which the finer 1:50m layer covers', () => {
    const [west, south, east, north] = REGION_BBOX;
    const inside = allPositions(basemap.world).filter(
      ([lng = NaN, lat = NaN]) => lng > west && lng < east && lat > south && lat < north,
    );
    expect(inside).toEqual([]);
  });

  it('has land on every side of the region (Mexico, the US, South America)', () => {
    expect(onLand(basemap.world, 20, -103)).toBe(true);
    expect(onLand(basemap.world, 47, -95)).toBe(true);
    expect(onLand(basemap.world, -10, -60)).toBe(true);
  });
});

describe('region layer set', () => {
  it('keeps the Caribbean Sea and the Pacific off Central America in the water', () => {
    expect(onLand(basemap.region, 15, -75)).toBe(false);
    expect(onLand(basemap.region, 8, -90)).toBe(false);
  });

  it('puts the New York area on land', () => {
    // Not Midtown (40.75, -73.98): at 1:50m Manhattan is not drawn, and that point falls in
    // the gap between New Jersey and Long Island. Newark and Queens are on land.
    expect(onLand(basemap.region, 40.74, -74.17)).toBe(true);
    expect(onLand(basemap.region, 40.72, -73.85)).toBe(true);
  });

  it('has land borders, including Venezuela–Colombia', () => {
    const { borders } = basemap.region;
    expect(borders.coordinates.length).toBeGreaterThan(0);
    // The border runs roughly from the Guajira (~11.8N, 71.3W) down to ~1N, 67W.
    const venezuelaColombia = borders.coordinates.some((line) =>
      line.some(([lng = NaN, lat = NaN]) => lng > -73 && lng < -67 && lat > 1 && lat < 11),
    );
    expect(venezuelaColombia).toBe(true);
  });
});

describe('caracas layer set', () => {
  it('has no international land border inside its window', () => {
    // The nearest land border (Venezuela–Colombia) is ~4 degrees west of the window; an empty
    // layer is the correct result, and this catches a bbox or mesh filter that goes wrong.
    expect(detail.caracas.borders.coordinates).toEqual([]);
  });
});

describe('bundle size', () => {
  it.each([
    ['the map chunk’s basemap', () => basemap, 36],
    ['Caracas’s detail, loaded on demand', () => detail, 4],
  ] as const)('%s is under its budget gzipped', (name, get, kb) => {
    const json = JSON.stringify(get());
    const gzip = gzipSync(json).length;
    console.log(
      `${name}: ${(gzip / 1024).toFixed(1)} KB gzip, ${(json.length / 1024).toFixed(1)} KB raw`,
    );
    expect(gzip).toBeLessThan(kb * 1024);
  });

  it('round-trips through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(basemap))).toEqual(basemap);
    expect(JSON.parse(JSON.stringify(detail))).toEqual(detail);
  });
});

describe('basemapPlugin', () => {
  it.each([
    ['virtual:basemap', () => basemap],
    ['virtual:basemap/caracas', () => detail],
  ] as const)('serves %s as a default export', (module, expected) => {
    const plugin = basemapPlugin();
    // The hooks are plain functions here; Vite's context is not used.
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const id = resolveId(module);
    expect(id).toBe(`\0${module}`);
    expect(resolveId('./other.ts')).toBeUndefined();
    expect(load('/src/main.tsx')).toBeUndefined();
    const code = load(id!);
    // Data, not code: a JSON string that the module parses once.
    expect(code).toBe(`export default JSON.parse(${JSON.stringify(JSON.stringify(expected()))});
`);
    expect((basemapPlugin().load as typeof load)(id!)).toBe(code);
  });
});
