// The Spanish edition, loaded only by es/ (hydrate.tsx): its own chunk, so the English
// page never downloads the Spanish text.
import { editions } from '../data/editions.ts';
import { spanishUi } from './ui.es.ts';
import type { Edition } from './useEdition.ts';

export const spanishEdition: Edition = { briefing: editions.es, ui: spanishUi };
