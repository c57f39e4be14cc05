// The one place the static map reads the basemap module (virtual:basemap, built by
// scripts/basemap.ts): if that module's shape changes, only this file follows it.
import { coastOf } from '../src/features/map/coast.ts';
import type { Basemap } from './basemapTypes.ts';
import type { StaticMapInput } from './staticMap.ts';

/**
 * The overview's layers from the module `virtual:basemap` (its default export): the coarse
 * world and the region, as the live map draws them, with the coast derived from the land
 * as the live map derives it (the edges of the clip windows are not coast).
 */
export function staticMapLayers(module: { readonly default: unknown }): StaticMapInput['layers'] {
  const { world, region } = module.default as Basemap;
  const sets = [world, region];
  return {
    land: { type: 'MultiPolygon', coordinates: sets.flatMap((set) => set.land.coordinates) },
    coast: {
      type: 'MultiLineString',
      coordinates: sets.flatMap((set) => coastOf(set.land, set.windows).coordinates),
    },
    borders: {
      type: 'MultiLineString',
      coordinates: sets.flatMap((set) => set.borders.coordinates),
    },
  };
}
