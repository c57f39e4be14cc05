import type { Plugin } from 'vite';
import { buildBasemap } from './basemap.ts';

const VIRTUAL_ID = 'virtual:basemap';
// The \0 prefix keeps other plugins (and Vite's own fs handling) away from the id.
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

// One build per process: the dev server, the production build and every Vitest project
// would otherwise each re-read and re-clip tens of megabytes of TopoJSON.
let cached: string | undefined;

export function basemapPlugin(): Plugin {
  return {
    name: 'basemap',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Shipped as data: a JSON string parsed once, which engines read far faster than a
      // 139 KB object literal in code (the JSON grammar is simpler than JavaScript's).
      cached ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(buildBasemap()))});\n`;
      return cached;
    },
  };
}
