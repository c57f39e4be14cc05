import type { Locale } from '../data/index.ts';
import { englishEdition, type Edition } from './useEdition.ts';

/** The page's edition, from its <html lang>: "es" for es/, English otherwise. */
export function localeOf(lang: string): Locale {
  return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** An edition's briefing and words; only the Spanish is fetched (its own chunk). */
export async function loadEdition(locale: Locale): Promise<Edition> {
  if (locale === 'en') return englishEdition;
  const { spanishEdition } = await import('./spanish.ts');
  return spanishEdition;
}
