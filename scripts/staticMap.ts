// The map as a picture, drawn at build time from the same basemap and places as the live
// map: what readers see with JavaScript off, while Leaflet loads, and on paper. Plain SVG,
// Web Mercator like Leaflet's, framed on the live map's opening view (OVERVIEW).
import { clipPolygon, clipPolyline, type BoundingBox as BBox, type Point } from 'lineclip';
import type { LatLng, MapLabel, Place } from '../src/data/index.ts';
import type { Box } from '../src/features/map/geometry.ts';

export interface StaticMapInput {
  /** The basemap's overview layers (virtual:basemap's `region`). */
  readonly layers: {
    readonly land: GeoJSON.MultiPolygon;
    readonly coast: GeoJSON.MultiLineString;
    readonly borders: GeoJSON.MultiLineString;
  };
  readonly places: readonly Place[];
  readonly labels: readonly MapLabel[];
  /** The view to frame, [[south, west], [north, east]]; a margin is added around it. */
  readonly view: Box;
  /** The language of the names on it (the edition's). */
  readonly lang?: string;
}

/** The picture's width in SVG units; its height follows from the view. */
export const STATIC_MAP_WIDTH = 960;
const MARGIN = 0.12;

const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** The SVG document, and its size (for the img's width and height). */
export function renderStaticMap({ layers, places, labels, view, lang = 'en' }: StaticMapInput): {
  svg: string;
  width: number;
  height: number;
} {
  const [[south, west], [north, east]] = view;
  const padX = (east - west) * MARGIN;
  const x0 = ((west - padX) * Math.PI) / 180;
  const x1 = ((east + padX) * Math.PI) / 180;
  const yTop = mercatorY(north);
  const yBottom = mercatorY(south);
  const padY = (yTop - yBottom) * MARGIN;
  const top = yTop + padY;
  const bottom = yBottom - padY;
  const scale = STATIC_MAP_WIDTH / (x1 - x0);
  const width = STATIC_MAP_WIDTH;
  const height = Math.round((top - bottom) * scale);

  const px = (lng: number) => Math.round(((lng * Math.PI) / 180 - x0) * scale * 10) / 10;
  const py = (lat: number) => Math.round((top - mercatorY(lat)) * scale * 10) / 10;
  const at = ({ lat, lng }: LatLng) => `${px(lng)} ${py(lat)}`;
  // Whole pixels are plenty for a picture; points that round onto the last are dropped.
  const line = (points: readonly Point[]) => {
    let d = '';
    let last = '';
    for (const [lng, lat] of points) {
      const p = `${Math.round(((lng * Math.PI) / 180 - x0) * scale)} ${Math.round((top - mercatorY(lat)) * scale)}`;
      if (p !== last) d += `${d ? 'L' : 'M'}${p}`;
      last = p;
    }
    return d;
  };
  // Only what the picture shows (and a little more, so no line ends at its edge).
  const bbox: BBox = [
    (x0 * 180) / Math.PI - 1,
    latOf(bottom) - 1,
    (x1 * 180) / Math.PI + 1,
    latOf(top) + 1,
  ];
  const lines = (list: readonly (readonly number[])[][]) =>
    list.flatMap((l) => clipPolyline(l as Point[], bbox).map(line)).join('');

  const land = layers.land.coordinates
    .flatMap((rings) =>
      rings.map((r) => clipPolygon(r as Point[], bbox)).filter((r) => r.length > 2),
    )
    .map((r) => `${line(r)}Z`)
    .join('');
  const coast = lines(layers.coast.coordinates as (readonly number[])[][]);
  const borders = lines(layers.borders.coordinates as (readonly number[])[][]);

  const areas = places.flatMap((p) =>
    p.kind === 'area'
      ? [
          `<path class="area" d="M${p.outline.map(at).join('L')}Z"/>`,
          `<text class="area-label" x="${px(p.labelAt.lng)}" y="${py(p.labelAt.lat)}">${escapeXml(p.name)}</text>`,
        ]
      : [],
  );
  const pins = places.flatMap((p) =>
    p.kind === 'point'
      ? [
          `<circle class="pin" cx="${px(p.position.lng)}" cy="${py(p.position.lat)}" r="6"/>`,
          `<text class="pin-label" x="${px(p.position.lng) + 9}" y="${py(p.position.lat) + 5}">${escapeXml(p.name)}</text>`,
        ]
      : [],
  );
  const names = labels.map(
    (l) =>
      `<text class="name name--${l.kind}" x="${px(l.position.lng)}" y="${py(l.position.lat)}">${escapeXml(l.text)}</text>`,
  );

  // The colours are the page's (styles.css), light and dark; an SVG shown through <img>
  // cannot read the page's custom properties, so they are repeated here.
  const style = `
.sea{fill:#cfe0ec}.land{fill:#f3efe6}.coast{fill:none;stroke:#5d7588;stroke-width:1}
.border{fill:none;stroke:#857a69;stroke-width:1;stroke-dasharray:4 3}
.area{fill:#b4532a;fill-opacity:.12;stroke:#b4532a;stroke-width:1.5;stroke-dasharray:6 4}
.pin{fill:#b4532a;stroke:#fff;stroke-width:2}
text{font:15px system-ui,sans-serif;fill:#1f2328;paint-order:stroke;stroke:#f3efe6;stroke-width:3px;stroke-linejoin:round}
.area-label{font-style:italic;text-anchor:middle}.pin-label{font-weight:700}
.name{text-anchor:middle;fill:#4a5560}.name--country{font-weight:700;letter-spacing:.08em;text-transform:uppercase}
.name--sea{font-style:italic;stroke:#cfe0ec}
@media (prefers-color-scheme:dark){.sea{fill:#0e1b27}.land{fill:#26313b}.coast{stroke:#7f96aa}
.border{stroke:#9a9186}.area{fill:#f08a5d;stroke:#f08a5d}.pin{fill:#f08a5d;stroke:#0e1b27}
text{fill:#e8e6e1;stroke:#26313b}.name{fill:#b8c2cc}.name--sea{stroke:#0e1b27}}`;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(lang)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<style>${style}</style>`,
    `<rect class="sea" width="${width}" height="${height}"/>`,
    `<path class="land" d="${land}"/>`,
    `<path class="coast" d="${coast}"/>`,
    `<path class="border" d="${borders}"/>`,
    ...names,
    ...areas,
    ...pins,
    `</svg>`,
  ].join('\n');
  return { svg: `${svg}\n`, width, height };
}
