// An edition in another language: the shape of its table (es.ts), checked by TypeScript
// against the English records' own ids, and the one function that lays it over those
// records. The records are never copied: ids, dates, places' positions, themes and
// citations (paragraphs, and the report's English words) all come from the English files;
// a table holds only the edition's words.
import type { events } from './events.ts';
import type { glossary, keyFacts } from './briefing.ts';
import type { mapLabels } from './mapLabels.ts';
import type { places } from './places.ts';
import type { sections } from './sections.ts';
import type { BriefingDate, BriefingMeta, Citation, EditionWords, Locale, Theme } from './types.ts';

/** The meta fields a reader reads; the times (published, updated) are the English ones. */
export type MetaText = Pick<
  BriefingMeta,
  'kicker' | 'headline' | 'description' | 'summary' | 'sourceDescription' | 'datingNote'
>;

export interface EventText {
  readonly title: string;
  readonly summary: string;
  /** Needed where the English has one (the year we inferred). */
  readonly yearNote?: string;
  /** Needed where the English has one (no place named). */
  readonly placeNote?: string;
  /** The report's words for when (the English `date.wording`), rendered: needed for an undated event. */
  readonly wording?: string;
}
export interface PlaceText {
  readonly name: string;
  readonly description: string;
  /** Needed for an area. */
  readonly precisionNote?: string;
}
export interface SectionText {
  readonly heading: string;
  /**
   * The same paragraphs as the English, each linking the same events with
   * `[words](event-id)`; text in curly quotes (“…”) must be one of the section's quote
   * translations.
   */
  readonly body: readonly string[];
}

/** A translation as the code reads it (and as tests may break it). */
export interface TranslationTable {
  readonly locale: Exclude<Locale, 'en'>;
  readonly words: EditionWords;
  readonly meta: MetaText;
  readonly keyFacts: Readonly<Record<string, { readonly value: string; readonly label: string }>>;
  readonly places: Readonly<Record<string, PlaceText>>;
  readonly events: Readonly<Record<string, EventText>>;
  readonly sections: Readonly<Record<string, SectionText>>;
  readonly glossary: Readonly<
    Record<string, { readonly term: string; readonly definition: string }>
  >;
  readonly themes: Readonly<Record<string, string>>;
  /** The basemap's names, keyed by the English name (mapLabels.ts). */
  readonly mapLabels: Readonly<Record<string, string>>;
  /**
   * GeoNames' town names the edition's readers know by another name ("Havana": "La
   * Habana"); any other name is shown as GeoNames has it.
   */
  readonly townNames: Readonly<Record<string, string>>;
  /** Every quote the English records cite, keyed by the report's words, in the edition's language. */
  readonly quotes: Readonly<Record<string, string>>;
}

// The literal records, for the strict shape below.
type EventRecord = (typeof events)[number];
type PlaceRecord = (typeof places)[number];
type CitingRecord =
  | EventRecord
  | PlaceRecord
  | (typeof sections)[number]
  | (typeof keyFacts)[number]
  | (typeof glossary)[number];
type QuoteOf<C> = C extends { readonly quote: infer Q extends string } ? Q : never;
/** Every quote the English records cite. */
export type EnglishQuote = QuoteOf<CitingRecord['citations'][number]>;

type StrictEventText<E> = { readonly title: string; readonly summary: string } & (E extends {
  readonly yearNote: string;
}
  ? { readonly yearNote: string }
  : unknown) &
  (E extends { readonly placeNote: string } ? { readonly placeNote: string } : unknown) &
  (E extends { readonly date: { readonly wording: string } }
    ? { readonly wording: string }
    : unknown);
type StrictPlaceText<P> = { readonly name: string; readonly description: string } & (P extends {
  readonly kind: 'area';
}
  ? { readonly precisionNote: string }
  : unknown);
type ById<R extends { readonly id: string }, T> = { readonly [K in R['id']]: T };

/**
 * A translation as an editor writes it: TypeScript checks that it covers every event,
 * place, section, glossary entry, key fact, theme, map name and quote of the English
 * records, with no id they lack, and the notes an English record has (yearNote, placeNote,
 * an undated event's wording, an area's precisionNote). The validator checks the rest.
 */
export type Translation = Omit<
  TranslationTable,
  'events' | 'places' | 'sections' | 'glossary' | 'keyFacts' | 'themes' | 'mapLabels' | 'quotes'
> & {
  readonly events: { readonly [E in EventRecord as E['id']]: StrictEventText<E> };
  readonly places: { readonly [P in PlaceRecord as P['id']]: StrictPlaceText<P> };
  readonly sections: ById<(typeof sections)[number], SectionText>;
  readonly glossary: ById<
    (typeof glossary)[number],
    { readonly term: string; readonly definition: string }
  >;
  readonly keyFacts: ById<
    (typeof keyFacts)[number],
    { readonly value: string; readonly label: string }
  >;
  readonly themes: Readonly<Record<Theme, string>>;
  readonly mapLabels: { readonly [L in (typeof mapLabels)[number] as L['text']]: string };
  readonly quotes: Readonly<Record<EnglishQuote, string>>;
};

/** The general shape of the records an edition is made of (index.ts's EditionData). */
interface Records {
  readonly meta: BriefingMeta;
  readonly keyFacts: readonly {
    readonly id: string;
    readonly value: string;
    readonly label: string;
    readonly citations: readonly Citation[];
  }[];
  readonly places: readonly import('./types.ts').Place[];
  readonly events: readonly import('./types.ts').BriefingEvent[];
  readonly sections: readonly import('./types.ts').Section[];
  readonly glossary: readonly import('./types.ts').GlossaryEntry[];
  readonly themes: readonly { readonly id: Theme; readonly label: string }[];
  readonly mapLabels: readonly import('./types.ts').MapLabel[];
  readonly townNames: Readonly<Record<string, string>>;
}

/** An undated event's date, with its wording rendered in the edition's language. */
const dateIn = (d: BriefingDate, text: EventText | undefined): BriefingDate =>
  'wording' in d && text?.wording !== undefined ? { ...d, wordingTranslation: text.wording } : d;

/**
 * The English records in the table's words: the same records in the same order, with the
 * same ids, dates, places and citations; each quote keeps the report's words and gains
 * its `translation`. Where the table lacks something, the English stays (the validator
 * names every such gap, and the build fails on it).
 */
export function localize<R extends Records>(english: R, t: TranslationTable): R {
  const cite = (citations: readonly Citation[]): Citation[] =>
    citations.map((c) =>
      c.quote !== undefined && t.quotes[c.quote] !== undefined
        ? { ...c, translation: t.quotes[c.quote] }
        : c,
    );
  return {
    ...english,
    meta: { ...english.meta, ...t.meta, citations: cite(english.meta.citations) },
    keyFacts: english.keyFacts.map((f) => ({
      ...f,
      ...t.keyFacts[f.id],
      citations: cite(f.citations),
    })),
    places: english.places.map((p) => ({
      ...p,
      ...t.places[p.id],
      citations: cite(p.citations),
    })),
    events: english.events.map((e) => {
      const text = t.events[e.id];
      const { wording: _wording, ...fields } = text ?? {};
      return { ...e, ...fields, date: dateIn(e.date, text), citations: cite(e.citations) };
    }),
    sections: english.sections.map((s) => ({
      ...s,
      ...t.sections[s.id],
      citations: cite(s.citations),
    })),
    glossary: english.glossary.map((g) => ({
      ...g,
      ...t.glossary[g.id],
      citations: cite(g.citations),
    })),
    themes: english.themes.map((th) => ({ ...th, label: t.themes[th.id] ?? th.label })),
    mapLabels: english.mapLabels.map((l) => ({ ...l, text: t.mapLabels[l.text] ?? l.text })),
    townNames: t.townNames,
  };
}
