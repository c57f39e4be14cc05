import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBasemap,
  CARACAS_BBOX,
  REGION_BBOX,
  type Basemap,
  type BasemapLayerSet,
} from './basemap.ts';
import { basemapPlugin } from './basemapPlugin.ts';

type Position = GeoJSON.Position;
type LayerSet = Basemap['region'];

let basemap: Basemap;
beforeAll(() => {
  basemap = buildBasemap();
});

const sets = [
  { name: 'region', decimals: 2, bbox: REGION_BBOX, get: () => basemap.region },
  { name: 'caracas', decimals: 3, bbox: CARACAS_BBOX, get: () => basemap.caracas },
] as const;

function allPositions(set: BasemapLayerSet): Position[] {
  return [
    ...set.land.coordinates.flat(2),
    ...set.coast.coordinates.flat(),
    ...set.borders.coordinates.flat(),
  ];
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
    for (const line of [...get().coast.coordinates, ...get().borders.coordinates]) {
      expect(line.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < line.length; i++) expect(line[i]).not.toEqual(line[i - 1]);
    }
  });

  it('does not draw the clip window edge as coastline', () => {
    const { land, coast } = get();
    // A few hundredths of a degree are real coast that rounding snapped onto the edge
    // (French Guiana's coast runs within 0.005 degrees of 52W); polygon-clipped rings run
    // along the edge for whole degrees, as the land layer shows.
    expect(edgeLength(coast.coordinates, bbox)).toBeLessThan(0.2);
    expect(edgeLength(land.coordinates.flat(), bbox)).toBeGreaterThan(1);
  });

  it('puts Caracas on land', () => {
    expect(onLand(get(), 10.49, -66.88)).toBe(true);
  });

  it('puts the sea just north of the Caracas coast in the water', () => {
    expect(onLand(get(), 11.0, -66.5)).toBe(false);
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
    expect(basemap.caracas.borders.coordinates).toEqual([]);
  });
});

describe('bundle size', () => {
  it('is under 90 KB gzipped', () => {
    const json = JSON.stringify(basemap);
    const gzip = gzipSync(json).length;
    console.log(
      `basemap: ${(gzip / 1024).toFixed(1)} KB gzip, ${(json.length / 1024).toFixed(1)} KB raw`,
    );
    expect(gzip).toBeLessThan(90 * 1024);
  });

  it('round-trips through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(basemap))).toEqual(basemap);
  });
});

describe('basemapPlugin', () => {
  it('serves the basemap as the default export of virtual:basemap', () => {
    const plugin = basemapPlugin();
    // The hooks are plain functions here; Vite's context is not used.
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const id = resolveId('virtual:basemap');
    expect(id).toBe('\0virtual:basemap');
    expect(resolveId('./other.ts')).toBeUndefined();
    expect(load('/src/main.tsx')).toBeUndefined();
    const code = load(id!);
    // Data, not code: a JSON string that the module parses once.
    expect(code).toBe(`export default JSON.parse(${JSON.stringify(JSON.stringify(basemap))});\n`);
    expect((basemapPlugin().load as typeof load)(id!)).toBe(code);
  });
});
