/* oxlint-disable no-underscore-dangle -- the renderer's members are Leaflet's own, underscored names */
import {
  CRS,
  DomUtil,
  latLng,
  Renderer,
  SVG,
  type Bounds,
  type Layer,
  type LatLng,
  type Map as LeafletMap,
  type Point,
  type RendererOptions,
} from 'leaflet';
import { useLeafletContext } from '@react-leaflet/core';
import { useEffect } from 'react';
import type { LayerSetWithBBox } from '../../../scripts/basemapTypes.ts';
import { coastOf } from './coast.ts';

/**
 * One of the basemap's shapes, its path written once in the pixels of a fixed zoom
 * (`ShapeSet.refZoom`) from the set's north-west corner.
 */
export interface Shape {
  /** basemap-land, basemap-coast, ...: colours come from map.css. */
  readonly className: string;
  readonly d: string;
  /** A line (coast, border) keeps its width and dashes at any zoom; an area (land, sea) is filled. */
  readonly line?: { readonly dashArray?: string };
}

export interface ShapeSet {
  /** The zoom whose pixels the paths are written in: a tenth of one of them is the precision. */
  readonly refZoom: number;
  /** The set's north-west corner at that zoom, in Leaflet's pixel coordinates. */
  readonly origin: { readonly x: number; readonly y: number };
  readonly shapes: readonly Shape[];
}

type Position = GeoJSON.Position;
type Xy = readonly [number, number];

/**
 * A dashed line is cut into pieces no longer than this, in the set's own pixels: the
 * browser dashes a whole path even where it is out of view, and a border written at zoom
 * 9 is 32 times as long at zoom 14. Short pieces out of view are not drawn at all.
 */
export const DASHED_PIECE = 2048;

const tenth = (v: number) => Math.round(v * 10) / 10;

/** Where a [lng, lat] is at `zoom` (Leaflet's Web Mercator pixels), from `origin`, to a tenth of a pixel. */
function projectAll(run: readonly Position[], zoom: number, origin: ShapeSet['origin']): Xy[] {
  return run.map(([lng, lat]) => {
    const p = CRS.EPSG3857.latLngToPoint(latLng(lat!, lng!), zoom);
    return [tenth(p.x - origin.x), tenth(p.y - origin.y)];
  });
}

/** A path through each run of points ("M x y x y ..."), each closed with Z if a ring. */
function pathOf(runs: readonly (readonly Xy[])[], isClosed: boolean): string {
  return runs
    .map((run) => `M${(isClosed ? run.slice(0, -1) : run).flat().join(' ')}${isClosed ? 'Z' : ''}`)
    .join('');
}

/** Each line cut into pieces no longer than `most` (a long segment is cut too). */
function piecesOf(lines: readonly (readonly Xy[])[], most: number): Xy[][] {
  const pieces: Xy[][] = [];
  for (const line of lines) {
    let piece: Xy[] = [];
    let length = 0;
    for (const [i, point] of line.entries()) {
      const before = line[i - 1];
      if (!before) {
        piece.push(point);
        continue;
      }
      const step = Math.hypot(point[0] - before[0], point[1] - before[1]);
      const cuts = Math.ceil(step / most);
      for (let k = 1; k <= cuts; k++) {
        const t = k / cuts;
        const at: Xy =
          k === cuts
            ? point
            : [before[0] + (point[0] - before[0]) * t, before[1] + (point[1] - before[1]) * t];
        if (length + step / cuts > most && piece.length > 1) {
          pieces.push(piece);
          piece = [piece.at(-1)!];
          length = 0;
        }
        piece.push(at);
        length += step / cuts;
      }
    }
    if (piece.length > 1) pieces.push(piece);
  }
  return pieces;
}

/**
 * A basemap set's land, coast (derived from the land: coastOf) and borders, and under them
 * its sea out to the box, as paths written once at `refZoom`: FixedSvgRenderer draws them
 * at any zoom by its SVG's viewBox alone.
 */
export function shapeSetOf(
  { bbox: [west, south, east, north], land, borders, windows }: LayerSetWithBBox,
  refZoom: number,
  /** The class of a sea out to the box, under the land; none where another set's sea shows. */
  seaClassName?: string,
): ShapeSet {
  const nw = CRS.EPSG3857.latLngToPoint(latLng(north, west), refZoom);
  const origin = { x: nw.x, y: nw.y };
  const project = (runs: readonly (readonly Position[])[]) =>
    runs.map((run) => projectAll(run, refZoom, origin));
  const sea: Position[] = [
    [west, north],
    [east, north],
    [east, south],
    [west, south],
    [west, north],
  ];
  return {
    refZoom,
    origin,
    shapes: [
      ...(seaClassName ? [{ className: seaClassName, d: pathOf(project([sea]), true) }] : []),
      { className: 'basemap-land', d: pathOf(project(land.coordinates.flat()), true) },
      {
        className: 'basemap-coast',
        d: pathOf(project(coastOf(land, windows).coordinates), false),
        line: {},
      },
      ...piecesOf(project(borders.coordinates), DASHED_PIECE).map((piece) => ({
        className: 'basemap-border',
        d: pathOf([piece], false),
        line: { dashArray: '4 3' },
      })),
    ],
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Internals {
  _map: LeafletMap & { _animatingZoom?: boolean };
  _bounds: Bounds;
  _zoom: number;
  _center: LatLng;
  _updateTransform(center: LatLng, zoom: number): void;
  _update(): void;
  _container: SVGSVGElement;
  _rootGroup: SVGGElement;
  _svgSize?: Point;
  _set: ShapeSet;
}

/**
 * An SVG renderer (Leaflet's own: its padding, its zoom animation, its place in a pane)
 * whose paths never change: a move or a zoom only sets the SVG's viewBox. Leaflet's
 * vector layers would reproject, clip and rewrite every path of the basemap at every
 * zoom; these are written once.
 */
export const FixedSvgRenderer = SVG.extend({
  initialize(this: Internals, set: ShapeSet, options?: RendererOptions) {
    (SVG.prototype as unknown as { initialize(o?: RendererOptions): void }).initialize.call(
      this,
      options,
    );
    this._set = set;
  },
  _initContainer(this: Internals) {
    (SVG.prototype as unknown as { _initContainer(): void })._initContainer.call(this);
    this._container.setAttribute('preserveAspectRatio', 'none');
    this._container.setAttribute('pointer-events', 'none');
    this._container.setAttribute('aria-hidden', 'true');
    for (const shape of this._set.shapes) {
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('class', shape.className);
      path.setAttribute('d', shape.d);
      if (shape.line) {
        path.setAttribute('fill', 'none');
        path.setAttribute('stroke-width', '1');
        path.setAttribute('stroke-linecap', 'round');
        path.setAttribute('stroke-linejoin', 'round');
        path.setAttribute('vector-effect', 'non-scaling-stroke');
        if (shape.line.dashArray) path.setAttribute('stroke-dasharray', shape.line.dashArray);
      } else {
        path.setAttribute('stroke', 'none');
        path.setAttribute('fill-rule', 'evenodd');
      }
      this._rootGroup.append(path);
    }
  },
  _onZoom(this: Internals) {
    // A flight's (or a pinch's) every frame is drawn at that frame's zoom: one viewBox.
    // Leaflet's own would scale the picture of the zoom it left, whose land soon runs out.
    this._update();
  },
  _updateTransform(this: Internals, center: LatLng, zoom: number) {
    // At rest, the SVG stays where _update put it, on the pixel its viewBox is worked out
    // from (Leaflet's own would shift it by a fraction of a pixel); zooming, it scales.
    if (zoom === this._zoom && center.equals(this._center)) return;
    (SVG.prototype as unknown as Internals)._updateTransform.call(this, center, zoom);
  },
  _update(this: Internals) {
    // As Leaflet's SVG renderer, with the viewBox in the paths' own pixels.
    if (this._map._animatingZoom && this._bounds) return;
    (Renderer.prototype as unknown as { _update(): void })._update.call(this);
    const { min } = this._bounds;
    if (!min) return;
    const size = this._bounds.getSize();
    const container = this._container;
    if (!this._svgSize?.equals(size)) {
      this._svgSize = size;
      container.setAttribute('width', String(size.x));
      container.setAttribute('height', String(size.y));
    }
    DomUtil.setPosition(container as unknown as HTMLElement, min);
    const { refZoom, origin } = this._set;
    const k = this._map.getZoomScale(refZoom, this._zoom);
    const at = min.add(this._map.getPixelOrigin());
    container.setAttribute(
      'viewBox',
      [at.x * k - origin.x, at.y * k - origin.y, size.x * k, size.y * k].join(' '),
    );
  },
}) as unknown as new (set: ShapeSet, options?: RendererOptions) => Layer;

/** A basemap set's fixed shapes, drawn in the pane around it. */
export function FixedShapes({ set }: { readonly set: ShapeSet }) {
  const { map, pane } = useLeafletContext();
  useEffect(() => {
    const layer = new FixedSvgRenderer(set, { pane }).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, pane, set]);
  return null;
}
