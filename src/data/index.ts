// The data module's front door: the records, lookups built once, the checks the tests
// and the build run, and the export written to dist/briefing.json. No React here.
import {
  compareTimelineKeys,
  formatCalendarDate,
  formatDate as formatDateWith,
  formatShortDate as formatShortDateWith,
  formatTimestampDay,
  isCalendarDate,
  isRealDate,
  timelineKey,
  weekdayOf,
  type AnchorLookup,
  type TimelineKey,
} from './dates.ts';
import { mapLabels } from './mapLabels.ts';
import {
  events as eventRecords,
  glossary,
  keyFacts,
  meta,
  places as placeRecords,
  sections as sectionRecords,
} from './records.ts';
import { themeLabel, themes } from './themes.ts';
import { localize, type TranslationTable } from './translation.ts';
import { englishWords } from './words.ts';
import type {
  BriefingDate,
  BriefingEvent,
  BriefingMeta,
  Citation,
  EditionWords,
  GlossaryEntry,
  KeyFact,
  Locale,
  MapLabel,
  Place,
  Section,
  Theme,
} from './types.ts';

export type * from './types.ts';
export { isoDate, timingNote } from './dates.ts';
export { englishWords } from './words.ts';
export {
  events,
  formatTimestampDay,
  glossary,
  keyFacts,
  mapLabels,
  meta,
  places,
  sections,
  themeLabel,
  themes,
};

/** Looks up the calendar date of a bound's event among `list`. */
function anchorsIn(list: readonly BriefingEvent[]): AnchorLookup {
  const dates = new Map(list.map((e) => [e.id, e.date]));
  return (id) => {
    const date = dates.get(id);
    return date && isCalendarDate(date) ? date : undefined;
  };
}

// Where a key cannot be worked out (a bound naming an undated event), the event goes last;
// the validator reports it.
const UNPLACED: TimelineKey = { time: Infinity, rank: Infinity, until: Infinity };

/** Each event's place on the time axis (see `timelineKey` in dates.ts for the rule). */
function timelineKeys(list: readonly BriefingEvent[]): Map<BriefingEvent, TimelineKey> {
  const anchorOf = anchorsIn(list);
  return new Map(list.map((e) => [e, timelineKey(e.date, anchorOf) ?? UNPLACED]));
}

/**
 * The timeline's one order, for Next and Previous: a pure function of the events' dates
 * and bounds (the rule is `timelineKey` in dates.ts). Ties keep the order of `list`.
 */
export function timelineOrder(list: readonly BriefingEvent[]): BriefingEvent[] {
  const keys = timelineKeys(list);
  return [...list].sort((a, b) => compareTimelineKeys(keys.get(a)!, keys.get(b)!));
}

// Exported with their general types: code that reads the data need not know each literal.
// events.ts lists the events in timeline order, and the validator (run by the build and the
// tests) fails on any event out of that order, so the page needs no sorting code of its own.
const events: readonly BriefingEvent[] = eventRecords;
const places: readonly Place[] = placeRecords;
const sections: readonly Section[] = sectionRecords;

/** One edition's records: the briefing's, with the legend's themes and the basemap's names. */
export interface EditionData extends BriefingData {
  readonly themes: readonly { readonly id: Theme; readonly label: string }[];
  readonly mapLabels: readonly MapLabel[];
  /** GeoNames' town names this edition's readers know by another name (none in English). */
  readonly townNames: Readonly<Record<string, string>>;
}

/**
 * A briefing as the views read it, in one edition's language: the records, and the lookups
 * and formatters bound to them. Every edition has this one shape (`createBriefing`), so no
 * view branches on the language; the views reach the reader's edition through
 * src/locale (useBriefing).
 */
export interface Briefing extends EditionData {
  readonly locale: Locale;
  readonly words: EditionWords;
  getEvent(id: string): BriefingEvent | undefined;
  getPlace(id: string): Place | undefined;
  /** The event's position in the timeline, from 0; -1 for an unknown id. */
  indexOfEvent(id: string): number;
  /** The places an event happened at, in the order the event lists them. */
  placesOfEvent(event: BriefingEvent): Place[];
  /** A place's name as a reader sees it in a list: areas say they are approximate. */
  placeName(place: Place): string;
  /** The events at a place, in timeline order. */
  eventsAtPlace(placeId: string): readonly BriefingEvent[];
  /** The sections that tell an event; the first is its home section. */
  sectionsOfEvent(eventId: string): readonly Section[];
  /** "Covers events up to January 10, 2026": the latest event the article dates to the day. */
  dateline(): string;
  /**
   * The date as a reader sees it in full: "Friday, January 9, 2026" (a weekday only where
   * the report states it), "After January 3, 2026 · timing not reported".
   */
  formatDate(date: BriefingDate): string;
  /** The date in short, for the timeline and popups: "Jan 9, 2026", "After Jan 3, 2026". */
  formatShortDate(date: BriefingDate): string;
  /** "November 24, 2026": the day of an ISO 8601 time, in UTC. */
  formatTimestampDay(iso: string): string;
  themeLabel(theme: Theme): string;
}

// Indexed once, when an edition is created: a step looks these up for every place and
// section, and a long story (1,000 events) would otherwise filter the whole list each time.
function indexBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]) {
  const index = new Map<string, T[]>();
  for (const item of items)
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  return index;
}

/** `format`, with each date's words kept: they never change, and a step re-renders dozens. */
function once<T extends object>(format: (date: T) => string): (date: T) => string {
  const done = new WeakMap<T, string>();
  return (date) => {
    let text = done.get(date);
    if (text === undefined) done.set(date, (text = format(date)));
    return text;
  };
}

/** An edition's briefing: its records with their lookups, built once. */
export function createBriefing(
  data: EditionData,
  locale: Locale = 'en',
  words: EditionWords = englishWords,
): Briefing {
  const anchorOf = anchorsIn(data.events);
  const eventById = new Map<string, BriefingEvent>(data.events.map((e) => [e.id, e]));
  const placeById = new Map<string, Place>(data.places.map((p) => [p.id, p]));
  const eventIndex = new Map<string, number>(data.events.map((e, i) => [e.id, i]));
  const eventsByPlace = indexBy(data.events, (e) => e.placeIds);
  const sectionsByEvent = indexBy(data.sections, (s) => s.eventIds);
  const themeLabels = new Map(data.themes.map((t) => [t.id, t.label]));
  let dateline: string | undefined;
  return {
    ...data,
    locale,
    words,
    getEvent: (id) => eventById.get(id),
    getPlace: (id) => placeById.get(id),
    indexOfEvent: (id) => eventIndex.get(id) ?? -1,
    placesOfEvent: (event) => event.placeIds.flatMap((id) => placeById.get(id) ?? []),
    placeName: (place) =>
      place.kind === 'area' ? `${place.name} (${words.approximateArea})` : place.name,
    eventsAtPlace: (placeId) => eventsByPlace.get(placeId) ?? [],
    sectionsOfEvent: (eventId) => sectionsByEvent.get(eventId) ?? [],
    dateline() {
      if (dateline !== undefined) return dateline;
      const latest = [...data.events].reverse().find((e) => e.date.precision === 'day');
      if (latest?.date.precision !== 'day') throw new Error('No event is dated to the day');
      return (dateline = words.dateline(formatCalendarDate(latest.date, 'long', words)));
    },
    formatDate: once((date: BriefingDate) => formatDateWith(date, anchorOf, words)),
    formatShortDate: once((date: BriefingDate) => formatShortDateWith(date, anchorOf, words)),
    formatTimestampDay: (iso) => formatTimestampDay(iso, words),
    themeLabel: (theme) => themeLabels.get(theme) ?? theme,
  };
}

/** The English edition, the site's root page: the records as the editors wrote them. */
export const english: Briefing = createBriefing({
  meta,
  keyFacts,
  places,
  events,
  sections,
  glossary,
  themes,
  mapLabels,
  townNames: {},
});

// The English edition's lookups, for code that needs no language (ids, dates, places'
// positions) and for the tests.
export const {
  getEvent,
  getPlace,
  indexOfEvent,
  placesOfEvent,
  placeName,
  eventsAtPlace,
  sectionsOfEvent,
  dateline,
  formatDate,
  formatShortDate,
} = english;

/** A piece of a section paragraph: plain text, or words that link to an event. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'event'; readonly text: string; readonly eventId: string };

const LINK = /\[([^\]]+)\]\(([a-z0-9-]+)\)/g;

/** Splits `[words](event-id)` links out of a paragraph. */
export function parseParagraph(paragraph: string): readonly Segment[] {
  const parsed = parsedParagraphs.get(paragraph);
  if (parsed) return parsed;
  const segments: Segment[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(LINK)) {
    const [whole, text = '', eventId = ''] = match;
    if (match.index > last)
      segments.push({ kind: 'text', text: paragraph.slice(last, match.index) });
    segments.push({ kind: 'event', text, eventId });
    last = match.index + whole.length;
  }
  if (last < paragraph.length) segments.push({ kind: 'text', text: paragraph.slice(last) });
  parsedParagraphs.set(paragraph, segments);
  return segments;
}

/** Each paragraph parsed once: a step re-renders the sections it highlights and leaves. */
const parsedParagraphs = new Map<string, readonly Segment[]>();

/** The words a reader sees in a paragraph, links flattened to their text. */
function plainText(paragraph: string): string {
  return parseParagraph(paragraph)
    .map((s) => s.text)
    .join('');
}

/** Every phrase written in curly quotes (“…”) in a text. */
function quotedPhrases(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
}

/** The records a briefing is made of; the validator takes them so tests can break copies. */
export interface BriefingData {
  readonly meta: BriefingMeta;
  readonly keyFacts: readonly KeyFact[];
  readonly places: readonly Place[];
  readonly events: readonly BriefingEvent[];
  readonly sections: readonly Section[];
  readonly glossary: readonly GlossaryEntry[];
}

/**
 * The records as the editors wrote them: `events` in the order of events.ts, so the
 * validator can say when that order is not the one the dates derive.
 */
export const briefingData: BriefingData = {
  meta,
  keyFacts,
  places,
  events: eventRecords,
  sections,
  glossary,
};

/** Every record that cites the article, named as an error message would name it. */
function citingRecords(data: BriefingData): { where: string; citations: readonly Citation[] }[] {
  return [
    { where: 'meta', citations: data.meta.citations },
    ...data.keyFacts.map((r) => ({ where: `key fact "${r.id}"`, citations: r.citations })),
    ...data.places.map((r) => ({ where: `place "${r.id}"`, citations: r.citations })),
    ...data.events.map((r) => ({ where: `event "${r.id}"`, citations: r.citations })),
    ...data.sections.map((r) => ({ where: `section "${r.id}"`, citations: r.citations })),
    ...data.glossary.map((r) => ({ where: `glossary entry "${r.id}"`, citations: r.citations })),
  ];
}

/** Every citation anywhere in the data, with a path that names its record. */
export function allCitations(data: BriefingData = briefingData) {
  return citingRecords(data).flatMap(({ where, citations }) =>
    citations.map((citation, i) => ({ where: `${where} citation ${i + 1}`, citation })),
  );
}

/** Every text a reader sees, with the record it belongs to and the quotes it may use. */
export function allTexts(data: BriefingData = briefingData) {
  const texts: { where: string; text: string; citations: readonly Citation[] }[] = [
    { where: 'meta headline', text: data.meta.headline, citations: data.meta.citations },
    { where: 'meta summary', text: data.meta.summary, citations: data.meta.citations },
    { where: 'meta description', text: data.meta.description, citations: data.meta.citations },
    { where: 'meta dating note', text: data.meta.datingNote, citations: data.meta.citations },
  ];
  for (const f of data.keyFacts)
    texts.push({
      where: `key fact "${f.id}"`,
      text: `${f.value} ${f.label}`,
      citations: f.citations,
    });
  for (const p of data.places) {
    texts.push({
      where: `place "${p.id}" description`,
      text: p.description,
      citations: p.citations,
    });
    if (p.kind === 'area')
      texts.push({ where: `place "${p.id}" note`, text: p.precisionNote, citations: p.citations });
  }
  for (const e of data.events) {
    texts.push({ where: `event "${e.id}" title`, text: e.title, citations: e.citations });
    texts.push({ where: `event "${e.id}" summary`, text: e.summary, citations: e.citations });
    if (e.yearNote)
      texts.push({ where: `event "${e.id}" year note`, text: e.yearNote, citations: e.citations });
    if (e.placeNote)
      texts.push({
        where: `event "${e.id}" place note`,
        text: e.placeNote,
        citations: e.citations,
      });
  }
  for (const s of data.sections) {
    texts.push({ where: `section "${s.id}" heading`, text: s.heading, citations: s.citations });
    s.body.forEach((p, i) =>
      texts.push({
        where: `section "${s.id}" paragraph ${i + 1}`,
        text: plainText(p),
        citations: s.citations,
      }),
    );
  }
  // A term is a name (“Level 4: Do Not Travel”); its definition must be our own words.
  for (const g of data.glossary)
    texts.push({ where: `glossary entry "${g.id}"`, text: g.definition, citations: g.citations });
  return texts;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const tells = (s: Section, id: string) => (s.eventIds as readonly string[]).includes(id);

/**
 * Checks the data's own consistency: ids unique and well formed, every cross-reference
 * resolves, dates ordered, every record cites something, every quoted phrase is cited.
 * Returns one message per problem, naming the record; empty when all is well.
 */
export function validateBriefing(
  data: BriefingData = briefingData,
  translations: readonly TranslationTable[] = [],
): string[] {
  const problems: string[] = [];
  for (const t of translations) problems.push(...translationProblems(data, t));
  const eventIds = new Set(data.events.map((e) => e.id));
  const placeIds = new Set(data.places.map((p) => p.id));

  const unique = (kind: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${kind} id "${id}" is used twice`);
      if (!ID.test(id)) problems.push(`${kind} id "${id}" is not lowercase-words-and-dashes`);
      seen.add(id);
    }
  };
  unique(
    'event',
    data.events.map((e) => e.id),
  );
  unique(
    'place',
    data.places.map((p) => p.id),
  );
  unique(
    'section',
    data.sections.map((s) => s.id),
  );
  unique(
    'glossary',
    data.glossary.map((g) => g.id),
  );
  unique(
    'key fact',
    data.keyFacts.map((f) => f.id),
  );

  for (const e of data.events) {
    if (e.placeIds.length === 0 && !e.placeNote)
      problems.push(`event "${e.id}" has no place, and no placeNote saying the report gives none`);
    if (e.placeIds.length > 0 && e.placeNote)
      problems.push(`event "${e.id}" has places and a placeNote saying it has none`);
    for (const id of e.placeIds)
      if (!placeIds.has(id)) problems.push(`event "${e.id}" names unknown place "${id}"`);
    if (!data.sections.some((s) => tells(s, e.id)))
      problems.push(`event "${e.id}" is told in no section`);
  }
  for (const p of data.places)
    if (!data.events.some((e) => (e.placeIds as readonly string[]).includes(p.id)))
      problems.push(`place "${p.id}" has no event`);

  for (const s of data.sections) {
    for (const id of s.eventIds)
      if (!eventIds.has(id)) problems.push(`section "${s.id}" lists unknown event "${id}"`);
    const linked = new Set<string>();
    s.body.forEach((paragraph, i) => {
      for (const seg of parseParagraph(paragraph)) {
        if (seg.kind !== 'event') continue;
        linked.add(seg.eventId);
        if (!eventIds.has(seg.eventId))
          problems.push(
            `section "${s.id}" paragraph ${i + 1} links unknown event "${seg.eventId}"`,
          );
        else if (!tells(s, seg.eventId))
          problems.push(
            `section "${s.id}" paragraph ${i + 1} links "${seg.eventId}", which its eventIds omit`,
          );
      }
      if (/\[[^\]]*\]\([^)]*\)/.test(plainText(paragraph)))
        problems.push(`section "${s.id}" paragraph ${i + 1} has a malformed [link](event-id)`);
    });
    for (const id of s.eventIds)
      if (!linked.has(id)) problems.push(`section "${s.id}" lists "${id}" but never links it`);
  }

  problems.push(...dateProblems(data.events));

  const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/;
  for (const field of ['published', 'updated'] as const) {
    const value = data.meta[field];
    if (!ISO_UTC.test(value) || Number.isNaN(Date.parse(value)))
      problems.push(
        `meta ${field} "${value}" is not an ISO 8601 UTC time like 2026-11-24T04:26:00Z`,
      );
  }
  if (Date.parse(data.meta.updated) < Date.parse(data.meta.published))
    problems.push(
      `meta updated "${data.meta.updated}" is before published "${data.meta.published}"`,
    );

  for (const r of citingRecords(data))
    if (r.citations.length === 0) problems.push(`${r.where} cites no paragraph`);

  for (const { where, text, citations } of allTexts(data)) {
    const allowed = new Set(citations.flatMap((c) => (c.quote ? [c.quote] : [])));
    for (const phrase of quotedPhrases(text))
      if (!allowed.has(phrase))
        problems.push(`${where} quotes “${phrase}”, which is not one of its citation quotes`);
  }
  return problems;
}

/** Whether a translated text is still the English one (names, like "Caracas", may be). */
const isUntranslated = (text: string, source: string) =>
  text === source && source.split(/\s+/).length >= 4;

const has = (text: string | undefined) => text !== undefined && text.trim() !== '';

/** The events a paragraph links, in a fixed order (a translation may link them in another). */
const linksOf = (paragraph: string) =>
  parseParagraph(paragraph)
    .flatMap((seg) => (seg.kind === 'event' ? [seg.eventId] : []))
    .sort()
    .join(', ');

/** The ids of a list of records, in order. */
const idsOf = (records: readonly { readonly id: string }[]) => records.map((r) => r.id);

/**
 * A translated edition against the English one: the same records (no missing or extra
 * id), every note the English has, paragraphs linking the same events, every quote
 * translated, quoted text only from the record's own quote translations, and nothing left
 * in English. Every message starts with the edition's language and names the record.
 */
function translationProblems(data: BriefingData, t: TranslationTable): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${t.locale}: ${message}`);
  const sameIds = (kind: string, source: readonly string[], translated: object) => {
    const ids = new Set(source);
    for (const id of source)
      if (!Object.hasOwn(translated, id)) say(`${kind} "${id}" has no translation`);
    for (const id of Object.keys(translated))
      if (!ids.has(id))
        say(`${kind} "${id}" is translated but the English edition has no such ${kind}`);
  };
  sameIds('event', idsOf(data.events), t.events);
  sameIds('place', idsOf(data.places), t.places);
  sameIds('section', idsOf(data.sections), t.sections);
  sameIds('glossary entry', idsOf(data.glossary), t.glossary);
  sameIds('key fact', idsOf(data.keyFacts), t.keyFacts);

  for (const e of data.events) {
    const text = t.events[e.id];
    if (!text) continue;
    for (const field of ['title', 'summary'] as const)
      if (!has(text[field])) say(`event "${e.id}" has no ${field}`);
      else if (isUntranslated(text[field], e[field]))
        say(`event "${e.id}" ${field} is still in English`);
    for (const field of ['yearNote', 'placeNote'] as const) {
      if (has(e[field]) && !has(text[field]))
        say(`event "${e.id}" has no ${field}, and the English has one`);
      if (!has(e[field]) && has(text[field]))
        say(`event "${e.id}" has a ${field} the English lacks`);
    }
    const isUndated = 'wording' in e.date;
    if (isUndated && !has(text.wording))
      say(
        `event "${e.id}" has no wording: its timing, “${'wording' in e.date ? e.date.wording : ''}”, needs a translation`,
      );
    if (!isUndated && has(text.wording))
      say(`event "${e.id}" has a wording, but its date is a calendar date`);
  }
  for (const p of data.places) {
    const text = t.places[p.id];
    if (!text) continue;
    if (!has(text.name)) say(`place "${p.id}" has no name`);
    if (!has(text.description)) say(`place "${p.id}" has no description`);
    else if (isUntranslated(text.description, p.description))
      say(`place "${p.id}" description is still in English`);
    if (p.kind === 'area' && !has(text.precisionNote)) say(`place "${p.id}" has no precisionNote`);
    if (p.kind === 'point' && has(text.precisionNote))
      say(`place "${p.id}" is a point, with no precisionNote to translate`);
  }
  for (const s of data.sections) {
    const text = t.sections[s.id];
    if (!text) continue;
    if (!has(text.heading)) say(`section "${s.id}" has no heading`);
    if (text.body.length !== s.body.length)
      say(`section "${s.id}" has ${text.body.length} paragraphs; the English has ${s.body.length}`);
    s.body.forEach((paragraph, i) => {
      const translated = text.body[i];
      if (translated === undefined) return;
      const source = linksOf(paragraph);
      const links = linksOf(translated);
      if (links !== source)
        say(
          `section "${s.id}" paragraph ${i + 1} links [${links}], but the English links [${source}]`,
        );
      if (isUntranslated(plainText(translated), plainText(paragraph)))
        say(`section "${s.id}" paragraph ${i + 1} is still in English`);
    });
  }
  for (const g of data.glossary) {
    const text = t.glossary[g.id];
    if (text && (!has(text.term) || !has(text.definition)))
      say(`glossary entry "${g.id}" has no term or no definition`);
  }

  // Quotes: each the report's words, each translated; none translated that nothing cites.
  const citedBy = new Map<string, string[]>();
  for (const { where, citations } of citingRecords(data))
    for (const { quote } of citations)
      if (quote !== undefined) citedBy.set(quote, [...(citedBy.get(quote) ?? []), where]);
  for (const [quote, where] of citedBy)
    if (!has(t.quotes[quote]))
      say(`quote “${quote}” (cited by ${[...new Set(where)].join(', ')}) has no translation`);
  for (const quote of Object.keys(t.quotes))
    if (!citedBy.has(quote)) say(`quote “${quote}” is translated, but no record cites it`);

  // The edition as the page reads it: the same records and citations as the English, and
  // text in quotation marks only from its own record's quote translations.
  const edition = localize({ ...data, themes: [], mapLabels: [], townNames: {} }, t);
  const citationsOf = (d: BriefingData) =>
    citingRecords(d).map(({ where, citations }) => ({
      where,
      cites: citations.map((c) => `¶${c.paragraph} ${c.quote ?? ''}`).join(' | '),
    }));
  const englishCites = citationsOf(data);
  citationsOf(edition).forEach(({ where, cites }, i) => {
    const source = englishCites[i];
    if (source?.where !== where || source.cites !== cites)
      say(`${where} does not cite what the English ${source?.where ?? 'record'} cites`);
  });
  for (const { where, text, citations } of allTexts(edition)) {
    const allowed = new Set(citations.flatMap((c) => (c.translation ? [c.translation] : [])));
    for (const phrase of quotedPhrases(text))
      if (!allowed.has(phrase))
        say(`${where} quotes “${phrase}”, which is not one of its quotes’ translations`);
  }
  return problems;
}

// Words in an undated event's wording that claim a side of a bound.
const SAYS_BEFORE = /\bbefore\b/i;
const SAYS_AFTER = /\b(after|later|following|since)\b/i;

/**
 * The timeline's honesty: real calendar dates; weekdays as the calendar has them; bounds
 * that name dated events, in a possible order, and that the report's wording supports;
 * and events listed in the order `timelineKey` derives (so events.ts reads as the timeline).
 */
function dateProblems(list: readonly BriefingEvent[]): string[] {
  const problems: string[] = [];
  const byId = new Map(list.map((e) => [e.id, e]));
  for (const e of list) {
    const { date } = e;
    if (isCalendarDate(date)) {
      if (!isRealDate(date)) problems.push(`event "${e.id}" has a date that does not exist`);
      else if (date.precision === 'day' && date.weekday && date.weekday !== weekdayOf(date))
        problems.push(
          `event "${e.id}" says ${date.weekday}, but ${formatCalendarDate(date)} was a ${weekdayOf(date)}`,
        );
      continue;
    }
    const bounds =
      date.precision === 'around'
        ? [date.anchor]
        : [date.after, date.before].filter((id) => id !== undefined);
    for (const id of bounds) {
      const anchor = byId.get(id);
      if (!anchor) problems.push(`event "${e.id}" is bounded by unknown event "${id}"`);
      else if (!isCalendarDate(anchor.date))
        problems.push(`event "${e.id}" is bounded by "${id}", which has no calendar date`);
    }
    const quotes = e.citations.flatMap((c) => (c.quote ? [c.quote] : []));
    if (!quotes.some((q) => q.includes(date.wording)))
      problems.push(
        `event "${e.id}" gives its timing as “${date.wording}”, which is not in its citation quotes`,
      );
    if (date.precision !== 'between') continue;
    if (SAYS_BEFORE.test(date.wording) !== (date.before !== undefined))
      problems.push(
        date.before === undefined
          ? `event "${e.id}" says “${date.wording}” but has no "before" bound`
          : `event "${e.id}" has a "before" bound, but “${date.wording}” says nothing of before`,
      );
    if (SAYS_AFTER.test(date.wording) !== (date.after !== undefined))
      problems.push(
        date.after === undefined
          ? `event "${e.id}" says “${date.wording}” but has no "after" bound`
          : `event "${e.id}" has an "after" bound, but “${date.wording}” says nothing of after, later or following`,
      );
  }

  const keys = timelineKeys(list);
  for (const e of list) {
    const key = keys.get(e);
    const isBoth = e.date.precision === 'between' && e.date.after && e.date.before;
    if (isBoth && key && key !== UNPLACED && key.time >= key.until)
      problems.push(
        `event "${e.id}" comes after "${e.date.after}" and before "${e.date.before}", which is impossible`,
      );
  }
  const derived = timelineOrder(list);
  list.forEach((e, i) => {
    const previous = list[i - 1];
    if (!previous || compareTimelineKeys(keys.get(previous)!, keys.get(e)!) <= 0) return;
    const before = derived[derived.indexOf(e) - 1];
    const where = before ? `after "${before.id}"` : 'first';
    problems.push(
      `event "${e.id}" is listed after "${previous.id}", but its date puts it before it (it belongs ${where})`,
    );
  });
  return problems;
}

/** The whole data module as plain JSON: what the build writes to dist/briefing.json. */
export function briefingExport(briefing: Briefing = english) {
  return {
    meta: briefing.meta,
    dateline: briefing.dateline(),
    keyFacts: briefing.keyFacts,
    places: briefing.places,
    events: briefing.events,
    sections: briefing.sections,
    glossary: briefing.glossary,
    themes: briefing.themes,
    mapLabels: briefing.mapLabels,
  };
}
