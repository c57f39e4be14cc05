// Every edition of the briefing, and the check that covers them all. The English records
// are the one source; each other edition is a translation table laid over them
// (translation.ts). The page of an edition loads only its own table (src/locale), so the
// English page never downloads the Spanish text; the build and the tests read this module.
import { es } from './es.ts';
import {
  briefingData,
  createBriefing,
  english,
  validateBriefing,
  type Briefing,
  type BriefingData,
} from './index.ts';
import { localize, type TranslationTable } from './translation.ts';
import type { Locale } from './types.ts';

/** The translation tables, one per edition other than English. */
export const translations: readonly TranslationTable[] = [es];

/** An edition's briefing, built from the English records and its table. */
export function translate(t: TranslationTable): Briefing {
  return createBriefing(localize(english, t), t.locale, t.words);
}

/** Every edition, by locale: English at the site's root, Spanish at es/. */
export const editions: Readonly<Record<Locale, Briefing>> = {
  en: english,
  es: translate(es),
};

/**
 * The validator over both editions: the English records' own checks, and each
 * translation's against them (same records, ids, citations and links; every quote
 * translated). Returns one message per problem, naming the edition and the record.
 */
export function validateEditions(
  data: BriefingData = briefingData,
  tables: readonly TranslationTable[] = translations,
): string[] {
  return validateBriefing(data, tables);
}
