/* oxlint-disable no-underscore-dangle -- a flight's frame is Leaflet's own _move */
import {
  CRS,
  DomUtil,
  latLng,
  map as leafletMap,
  type LatLng,
  type Map as LeafletMap,
} from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { DASHED_PIECE, FixedSvgRenderer, shapeSetOf } from './FixedShapes.tsx';

/** The points of a path written as "M x y x y ...Z M ...": one list per subpath. */
const subpaths = (d: string) =>
  d
    .split('M')
    .filter(Boolean)
    .map((run) => {
      const n = run.replace('Z', '').split(' ').map(Number);
      return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i]!, n[2 * i + 1]!] as const);
    });

const set = {
  bbox: [-90, 0, -50, 20] as const,
  land: {
    type: 'MultiPolygon' as const,
    coordinates: [
      [
        [
          [-70, 10],
          [-68, 10],
          [-68, 12],
          [-70, 10],
        ],
      ],
    ],
  },
  // The land's ring, wholly inside its window, is all coast.
  windows: [[-90, 0, -50, 20] as const],
  // A border far longer than a piece, with one long straight stretch.
  borders: {
    type: 'MultiLineString' as const,
    coordinates: [
      [
        [-88, 2],
        [-87.9, 2.1],
        [-60, 15],
        [-59.9, 15.2],
      ],
    ],
  },
};

const REF_ZOOM = 9;
/** Where Leaflet puts a [lng, lat] at the reference zoom, from the set's north-west corner. */
function refPoint(lng: number, lat: number) {
  const p = CRS.EPSG3857.latLngToPoint(latLng(lat, lng), REF_ZOOM);
  const nw = CRS.EPSG3857.latLngToPoint(latLng(20, -90), REF_ZOOM);
  return { x: p.x - nw.x, y: p.y - nw.y };
}

describe('shapeSetOf', () => {
  const shapes = shapeSetOf(set, REF_ZOOM, 'basemap-sea').shapes;
  const ofClass = (name: string) => shapes.filter((s) => s.className === name);

  it('writes the land at the reference zoom, to a tenth of a pixel, as a closed ring', () => {
    const [land] = ofClass('basemap-land');
    expect(land?.d).toMatch(/Z$/);
    const [ring] = subpaths(land!.d);
    const expected = set.land.coordinates[0]![0]!.slice(0, -1).map(([lng, lat]) =>
      refPoint(lng!, lat!),
    );
    expect(ring).toHaveLength(expected.length);
    ring!.forEach(([x, y], i) => {
      expect(Math.abs(x - expected[i]!.x)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(y - expected[i]!.y)).toBeLessThanOrEqual(0.05);
    });
    expect(ofClass('basemap-sea')).toHaveLength(1);
    expect(ofClass('basemap-coast')).toHaveLength(1);
  });

  it('cuts a dashed border into short pieces that join end to end', () => {
    const pieces = ofClass('basemap-border').map((s) => subpaths(s.d)[0]!);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      const length = piece
        .slice(1)
        .reduce((sum, [x, y], i) => sum + Math.hypot(x - piece[i]![0], y - piece[i]![1]), 0);
      // A piece may run a rounding past the limit, never a segment past it.
      expect(length).toBeLessThanOrEqual(DASHED_PIECE + 1);
    }
    pieces.slice(1).forEach((piece, i) => expect(piece[0]).toEqual(pieces[i]!.at(-1)));
    const [first, last] = [refPoint(-88, 2), refPoint(-59.9, 15.2)];
    expect(pieces[0]![0]![0]).toBeCloseTo(first.x, 1);
    expect(pieces.at(-1)!.at(-1)![1]).toBeCloseTo(last.y, 1);
    expect(shapes.find((s) => s.className === 'basemap-border')?.line?.dashArray).toBe('4 3');
  });

  it('leaves out the sea when asked for none', () => {
    expect(shapeSetOf(set, REF_ZOOM).shapes.some((s) => s.className === 'basemap-sea')).toBe(false);
  });
});

describe('FixedSvgRenderer', () => {
  let map: LeafletMap | undefined;
  afterEach(() => {
    map?.remove();
    map = undefined;
  });

  it('draws the paths where Leaflet puts their places, at any zoom, by the viewBox alone', () => {
    const container = document.createElement('div');
    // happy-dom lays nothing out: give the map a size of its own.
    Object.defineProperty(container, 'clientWidth', { value: 800 });
    Object.defineProperty(container, 'clientHeight', { value: 600 });
    document.body.append(container);
    map = leafletMap(container, { zoomAnimation: false, fadeAnimation: false });
    map.setView([10, -69], 6);
    const shapes = shapeSetOf(set, REF_ZOOM, 'basemap-sea');
    new FixedSvgRenderer(shapes).addTo(map);
    const svg = container.querySelector('svg')!;
    const d = svg.querySelector('path.basemap-land')!.getAttribute('d');

    const views: [[number, number], number][] = [
      [[10, -69], 6],
      [[11, -68.5], 9],
      [[10.5, -67], 14],
      [[5, -80], 3],
    ];
    const expectPointsInPlace = (zoom: number) => {
      const [minX, minY, width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const at = DomUtil.getPosition(svg as unknown as HTMLElement);
      const scale = Number(svg.getAttribute('width')) / width!;
      expect(Number(svg.getAttribute('height')) / height!).toBeCloseTo(scale, 9);
      for (const [lng, lat] of [
        [-70, 10],
        [-68, 12],
        [-88, 2],
      ] as const) {
        const ref = refPoint(lng, lat);
        // Where Leaflet's own layers put it, before they round it to the pixel.
        const expected = map!.project([lat, lng], zoom).subtract(map!.getPixelOrigin());
        expect(at.x + (ref.x - minX!) * scale).toBeCloseTo(expected.x, 6);
        expect(at.y + (ref.y - minY!) * scale).toBeCloseTo(expected.y, 6);
      }
    };
    for (const [center, zoom] of views) {
      map.setView(center, zoom);
      expectPointsInPlace(zoom);
    }
    // A flight's frame (what flyTo does at each step, firing 'zoom'): drawn at its own zoom.
    (map as unknown as { _move(center: LatLng, zoom: number): void })._move(latLng(9, -70), 7.4);
    expectPointsInPlace(7.4);
    // The paths themselves were never rewritten.
    expect(svg.querySelector('path.basemap-land')!.getAttribute('d')).toBe(d);
    expect(
      svg.querySelectorAll('path.basemap-border[vector-effect="non-scaling-stroke"]').length,
    ).toBeGreaterThan(1);
  });
});
