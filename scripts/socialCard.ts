// The link-preview card (Open Graph / Twitter): a 1200×630 PNG drawn at build time from the
// data module and Natural Earth, without a browser. satori lays out the text as SVG paths
// (so no system font is needed), resvg turns the SVG into a PNG.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { createElement as h } from 'react';
import satori from 'satori';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Briefing } from '../src/data/index.ts';

/** What the card reads: an edition's briefing (the English one, or the Spanish). */
type CardData = Pick<Briefing, 'meta' | 'places' | 'dateline' | 'formatTimestampDay'>;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(
    require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`),
  );

/**
 * [west, east] of the card's map and the latitude at its top: Venezuela and the Caribbean
 * coast. The panel's height sets how far south it reaches.
 */
const MAP_BOX = [-73.8, -59.2, 17.5] as const;
const MAP_WIDTH = 470;
const MAP_HEIGHT = CARD_HEIGHT;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The region's countries as one SVG, Venezuela shaded darker, with a dot for each city pin. */
function mapSvg(data: CardData): string {
  const topo = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Countries;
  const [west, east, north] = MAP_BOX;
  // Equirectangular, with longitudes shortened by the cosine of Caracas's latitude: true
  // shapes this near the equator.
  const cos = Math.cos(10.5 * (Math.PI / 180));
  const scale = MAP_WIDTH / ((east - west) * cos);
  const south = north - MAP_HEIGHT / scale;
  const midLat = Math.acos(cos);
  const x = (lng: number) => ((lng - west) * Math.cos(midLat) * scale).toFixed(1);
  const y = (lat: number) => ((north - lat) * scale).toFixed(1);
  const ring = (points: number[][]) =>
    `M${points.map(([lng = 0, lat = 0]) => `${x(lng)},${y(lat)}`).join('L')}Z`;

  const paths = feature(topo, topo.objects.countries).features.map((country) => {
    const { geometry } = country;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    const d = polygons.flatMap((polygon) => polygon.map(ring)).join('');
    const fill = country.properties.name === 'Venezuela' ? '#b9a48a' : '#dcd6cc';
    return `<path d="${d}" fill="${fill}" stroke="#ffffff" stroke-width="1"/>`;
  });
  const pins = data.places.flatMap((place) =>
    place.kind === 'point' &&
    place.position.lng > west &&
    place.position.lng < east &&
    place.position.lat > south &&
    place.position.lat < north
      ? [
          `<circle cx="${x(place.position.lng)}" cy="${y(place.position.lat)}" r="11" fill="#b3261e" stroke="#ffffff" stroke-width="4"/>`,
        ]
      : [],
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" ` +
    `viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><rect width="100%" height="100%" fill="#c9dbe6"/>` +
    `${paths.join('')}${pins.join('')}</svg>`
  );
}

/** A line of the card's text. */
const text = (fontSize: number, color: string, children: string, weight = 400) =>
  h('div', { style: { fontSize, color, fontWeight: weight, lineHeight: 1.15 } }, children);

/** The card as SVG: kicker, headline, dateline and "Updated", beside a small map. */
export async function socialCardSvg(data: CardData, updated = 'Updated'): Promise<string> {
  const { meta } = data;
  const map = `data:image/svg+xml;base64,${Buffer.from(mapSvg(data)).toString('base64')}`;
  const card = h(
    'div',
    {
      style: {
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        display: 'flex',
        background: '#fbfaf7',
        fontFamily: 'Source Sans 3',
      },
    },
    h(
      'div',
      {
        style: {
          width: CARD_WIDTH - MAP_WIDTH,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          gap: 28,
          padding: '56px 56px 56px 64px',
          borderLeft: '14px solid #b3261e',
        },
      },
      text(28, '#b3261e', meta.kicker.toUpperCase(), 700),
      text(62, '#1a1a1a', meta.headline, 700),
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', gap: 6 } },
        text(28, '#4a4a4a', data.dateline()),
        text(28, '#4a4a4a', `${updated} ${data.formatTimestampDay(meta.updated)}`),
      ),
    ),
    h('img', { src: map, width: MAP_WIDTH, height: MAP_HEIGHT }),
  );
  return satori(card, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [
      { name: 'Source Sans 3', data: font(400), weight: 400, style: 'normal' },
      { name: 'Source Sans 3', data: font(700), weight: 700, style: 'normal' },
    ],
  });
}

/** The card as a 1200×630 PNG. */
export async function socialCardPng(data: CardData, updated?: string): Promise<Buffer> {
  const svg = await socialCardSvg(data, updated);
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
