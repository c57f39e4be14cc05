// The reader's edition, for the views: its briefing (src/data, in its language) and its
// words (ui.ts). Provided once, around the app (hydrate.tsx, the prerender); without a
// provider (component tests) it is the English edition.
import { createContext, useContext } from 'react';
import { english, type Briefing } from '../data/index.ts';
import { englishUi, type UiStrings } from './ui.ts';

export interface Edition {
  readonly briefing: Briefing;
  readonly ui: UiStrings;
}

export const englishEdition: Edition = { briefing: english, ui: englishUi };

export const EditionContext = createContext<Edition>(englishEdition);

/** The briefing in the reader's language: the same shape in every edition. */
export function useBriefing(): Briefing {
  return useContext(EditionContext).briefing;
}

/** The page's words in the reader's language. */
export function useUi(): UiStrings {
  return useContext(EditionContext).ui;
}
