// What a built site costs in JavaScript, read from the files alone (no browser), so the
// same numbers serve the benchmark (npm run bench) and the size test in npm test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_ENTRY } from './appEntryPlugin.ts';

/** The budgets of issue 9, in gzip bytes. */
export const BUDGETS = {
  /** Scripts the page needs before the reader can read it: none (the HTML is prerendered). */
  beforeReadable: 0,
  /**
   * The entry script and what it imports statically: enough for the first Next press. The
   * records travel as JSON in the page (scripts/recordsPlugin.ts), not in this script.
   */
  firstInteraction: 80 * 1024,
  /** Every script the site has, the lazily loaded map included. */
  all: 200 * 1024,
} as const;

export interface JsCost {
  /**
   * gzip bytes the reader waits for before there is anything to read: classic, non-deferred
   * scripts (they hold up the first paint), and, when the HTML has no headline of its own
   * (an empty root that scripts fill), the entry module and its preloads too.
   */
  readonly beforeReadable: number;
  /** gzip bytes of the entry and what it loads before the first interaction (not the map). */
  readonly firstInteraction: number;
  /** gzip bytes of every .js file under assets/. */
  readonly all: number;
  /** Each script under assets/ with its gzip size, largest first. */
  readonly files: readonly { readonly name: string; readonly gzip: number }[];
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const srcOf = (attrs: string) => /\bsrc="([^"]+)"/.exec(attrs)?.[1];

/**
 * Chunks loaded on demand, after the page is usable (the Leaflet map, and pym.js, which only
 * the embed, `?embed`, fetches), or only by another edition's page (the Spanish text, which
 * es/ loads; this measures the English page).
 */
export const LAZY_MODULES = [
  'src/features/map/BriefingMap.tsx',
  'src/features/embed/pymChild.ts',
  'src/locale/spanish.ts',
];

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/**
 * The scripts the page runs before its first interaction: the entry, and everything it
 * imports, statically or not (the app is imported after the first paint), except the
 * chunks loaded on demand. Read from Vite's manifest (build.manifest).
 */
function scriptsForFirstInteraction(dir: string, html: string): string[] {
  const manifestFile = join(dir, '.vite', 'manifest.json');
  // A build without a manifest (an older one, measured for comparison): the page's own
  // scripts and module preloads.
  if (!existsSync(manifestFile))
    return [
      ...html.matchAll(
        /<script\b[^>]*\bsrc="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g,
      ),
    ].map((m) => (m[1] ?? m[2] ?? '').replace(/^\.?\//, ''));
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || LAZY_MODULES.includes(key) || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  // The page's entry, and the app entry it loads after the first paint (src/main.tsx).
  visit('index.html');
  visit(APP_ENTRY);
  return [...files];
}

/** A data block (JSON-LD, say) is not a script at all: it neither runs nor blocks. */
const isData = (attrs: string) => /\btype="(?!module"|text\/javascript")[^"]*"/.test(attrs);

/** The JavaScript cost of the site built in `dir` (dist/ or dist-stress/). */
export function jsCost(dir: string): JsCost {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
  // A module or deferred script waits for the document to be parsed, so the prerendered
  // text paints without it, unless it is marked blocking="render"; any other script (or an
  // inline one) blocks the page.
  const blocking = scripts.filter(
    (a) =>
      !isData(a) && (/\bblocking="render"/.test(a) || !/type="module"|\bdefer\b|\basync\b/.test(a)),
  );
  const sizeOf = (src: string) => gzipSize(join(dir, src.replace(/^\.?\//, '')));
  const beforeReadable = blocking.reduce((sum, a) => {
    const src = srcOf(a);
    return sum + (src ? sizeOf(src) : 1);
  }, 0);
  const firstInteraction = scriptsForFirstInteraction(dir, html).reduce(
    (sum, src) => sum + sizeOf(src),
    0,
  );
  const files = readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, gzip: gzipSize(join(dir, 'assets', name)) }))
    .toSorted((a, b) => b.gzip - a.gzip);
  const hasText = /<h1\b/.test(html);
  const all = files.reduce((sum, f) => sum + f.gzip, 0);
  return {
    beforeReadable: beforeReadable + (hasText ? 0 : firstInteraction),
    firstInteraction,
    all,
    files,
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
