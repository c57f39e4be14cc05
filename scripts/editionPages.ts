// Where each edition's page lives in the built site, for the build's plugins. English is
// the site's root; each translation has a folder named after its locale (es/), with its
// own index.html (a copy of the root's, with its <html lang>), briefing.json and map picture.
import type { Locale } from '../src/data/index.ts';

/** Every edition's folder, relative to the site's root. */
export const EDITION_DIRS: Readonly<Record<Locale, string>> = { en: '', es: 'es/' };

/** The HTML inputs of the build: every edition's page, or only the English one. */
export function editionInputs(withTranslations: boolean): Record<string, string> {
  return withTranslations ? { index: 'index.html', es: 'es/index.html' } : { index: 'index.html' };
}

/** The edition of a page, from its path in the site ("/es/index.html" is Spanish). */
export function localeOfPage(path: string): Locale {
  const folder = path.replace(/^\//, '');
  return folder.startsWith(EDITION_DIRS.es) ? 'es' : 'en';
}

/** The locales a build writes, from its inputs. */
export function localesOf(input: unknown): Locale[] {
  const files = typeof input === 'object' && input ? Object.values(input) : [input];
  return files.some((f) => typeof f === 'string' && f.endsWith(`${EDITION_DIRS.es}index.html`))
    ? ['en', 'es']
    : ['en'];
}

/**
 * The path from one edition's page to another's folder: "es/" from the root, "../" from
 * es/ back to the root.
 */
export function relativeDir(from: Locale, to: Locale): string {
  if (from === to) return './';
  const up = EDITION_DIRS[from] ? '../' : '';
  return `${up}${EDITION_DIRS[to]}` || './';
}
