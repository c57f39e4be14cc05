import type { Plugin } from 'vite';
import { buildBasemap, buildCaracasBasemap } from './basemap.ts';

/**
 * Two modules: the region (in the map's chunk) and Caracas's detail, which the map imports
 * only once the reader zooms in on the city, so it becomes a chunk of its own.
 */
const MODULES: Record<string, () => unknown> = {
  'virtual:basemap': buildBasemap,
  'virtual:basemap/caracas': buildCaracasBasemap,
};

// The \0 prefix keeps other plugins (and Vite's own fs handling) away from the id.
const PREFIX = '\0';

// One build per process: the dev server, the production build and every Vitest project
// would otherwise each re-read and re-clip tens of megabytes of TopoJSON.
const cached = new Map<string, string>();

export function basemapPlugin(): Plugin {
  return {
    name: 'basemap',
    resolveId(id) {
      return id in MODULES ? `${PREFIX}${id}` : undefined;
    },
    load(id) {
      const build = id.startsWith(PREFIX) ? MODULES[id.slice(PREFIX.length)] : undefined;
      if (!build) return undefined;
      let code = cached.get(id);
      if (code === undefined) {
        // Shipped as data: a JSON string parsed once, which engines read far faster than a
        // large object literal in code (the JSON grammar is simpler than JavaScript's).
        code = `export default JSON.parse(${JSON.stringify(JSON.stringify(build()))});
`;
        cached.set(id, code);
      }
      return code;
    },
  };
}
