import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('./records.ts', import.meta.url));
const RECORDS = new Set(['./events.ts', './places.ts', './sections.ts']);

/**
 * For `vite build --mode stress`: the data module reads its events, places and sections from
 * the generated fixture (scripts/stress/generate.ts) instead of src/data's files. Everything
 * else (lookups, order, formatting, every component) is the real code.
 */
export function stressDataPlugin(): Plugin {
  return {
    name: 'briefing-stress-data',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.replaceAll('\\', '/').endsWith('/src/data/records.ts')) return undefined;
      return RECORDS.has(source) ? GENERATED : undefined;
    },
  };
}
