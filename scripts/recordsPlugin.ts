import type { Plugin } from 'vite';

/** The id of the element that carries the records in the built page. */
export const RECORDS_ELEMENT_ID = 'briefing-records';

const VIRTUAL = '\0briefing-records';

/**
 * The briefing's records (events, places, sections, key facts, glossary, meta) reach the
 * built page as JSON inside its HTML, in a `<script type="application/json">` data block
 * that the prerender writes (scripts/prerenderPlugin.ts), rather than as JavaScript in the
 * app's chunk: the browser parses JSON faster than it compiles code, the text is already
 * part of the page, and the app's first script shrinks by the records' weight. A data
 * block is not a script to the page's Content-Security-Policy, so the policy stays strict.
 * Only the client build swaps the module; the prerender, the dev server and the tests
 * read src/data/records.ts itself.
 */
export function recordsPlugin(): Plugin {
  return {
    name: 'briefing-records',
    apply: 'build',
    // Before Vite's own resolver, which would otherwise find the file first.
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './records.ts') return undefined;
      if (!importer?.replaceAll('\\', '/').endsWith('/src/data/index.ts')) return undefined;
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL) return undefined;
      return `
const element = document.getElementById(${JSON.stringify(RECORDS_ELEMENT_ID)});
if (!element || !element.textContent)
  throw new Error('The page carries no briefing records (#${RECORDS_ELEMENT_ID}): is it the prerendered page?');
const records = JSON.parse(element.textContent);
export const events = records.events;
export const places = records.places;
export const sections = records.sections;
export const glossary = records.glossary;
export const keyFacts = records.keyFacts;
export const meta = records.meta;
`;
    },
  };
}

/** The data block for the page: the records as JSON, safe inside HTML. */
export function recordsBlock(records: unknown): string {
  // `<` escaped, so no text in the records can close the element or open a comment.
  const json = JSON.stringify(records).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${RECORDS_ELEMENT_ID}">${json}</script>`;
}
