// The one place the static map reads the basemap module (virtual:basemap, built by
// scripts/basemap.ts): if that module's shape changes, only this file follows it.
import type { Basemap } from './basemap.ts';
import type { StaticMapInput } from './staticMap.ts';

/** The overview layers of the module `virtual:basemap` (its default export). */
export function staticMapLayers(module: { readonly default: unknown }): StaticMapInput['layers'] {
  const { region } = module.default as Basemap;
  return {
    land: region.land,
    // A basemap without a coast layer still has its land rings, which are the coast.
    coast: region.coast ?? {
      type: 'MultiLineString',
      coordinates: region.land.coordinates.flat(),
    },
    borders: region.borders,
  };
}
