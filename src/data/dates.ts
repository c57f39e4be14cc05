// Dates as the reader sees them, and the timeline's order, at exactly the precision the
// report gives. Pure functions: an undated event's bounds are other events, so the callers
// pass a lookup (index.ts binds it to the briefing's own events).
import type { BriefingDate, CalendarDate, DayDate, EditionWords, Weekday } from './types.ts';
import { englishWords } from './words.ts';

/** Finds the calendar date of the event a bound names; undefined if it has none. */
export type AnchorLookup = (eventId: string) => CalendarDate | undefined;

// Calendar dates are days of the calendar, not instants: format them in UTC, so the label
// never depends on the reader's time zone. One set of formatters per edition's language.
function formattersFor(locale: string) {
  const utc = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  return {
    longDay: utc({ year: 'numeric', month: 'long', day: 'numeric' }),
    shortDay: utc({ year: 'numeric', month: 'short', day: 'numeric' }),
    longMonth: utc({ year: 'numeric', month: 'long' }),
    shortMonth: utc({ year: 'numeric', month: 'short' }),
    weekday: utc({ weekday: 'long' }),
  };
}
type Formatters = ReturnType<typeof formattersFor>;
const formatters = new Map<string, Formatters>();
function formattersOf(words: EditionWords): Formatters {
  let f = formatters.get(words.dateLocale);
  if (!f) formatters.set(words.dateLocale, (f = formattersFor(words.dateLocale)));
  return f;
}
const ENGLISH = formattersOf(englishWords);

/** The first instant of a calendar date, UTC; throws RangeError for a day that does not exist. */
function startOf(date: CalendarDate): Date {
  const month = date.precision === 'year' ? 1 : date.month;
  const day = date.precision === 'day' ? date.day : 1;
  const d = new Date(Date.UTC(date.year, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    throw new RangeError(`${date.year}-${month}-${day} is not a date`);
  return d;
}

/** Whether a calendar date exists (no month 13, no February 30). */
export function isRealDate(date: CalendarDate): boolean {
  try {
    startOf(date);
    return true;
  } catch {
    return false;
  }
}

/** The weekday a day fell on, by the calendar (for checking a weekday the report states). */
export function weekdayOf(date: DayDate): Weekday {
  return ENGLISH.weekday.format(startOf(date)) as Weekday;
}

export function isCalendarDate(date: BriefingDate): date is CalendarDate {
  return date.precision === 'day' || date.precision === 'month' || date.precision === 'year';
}

/** "January 9, 2026", "March 2019", "2019": a calendar date without a weekday. */
export function formatCalendarDate(
  date: CalendarDate,
  style: 'long' | 'short' = 'long',
  words: EditionWords = englishWords,
): string {
  const start = startOf(date);
  const f = formattersOf(words);
  switch (date.precision) {
    case 'day':
      return (style === 'long' ? f.longDay : f.shortDay).format(start);
    case 'month':
      return (style === 'short' && words.abbreviatesLoneMonth ? f.shortMonth : f.longMonth).format(
        start,
      );
    case 'year':
      return String(date.year);
  }
}

const isDay = (d: CalendarDate | undefined) => d?.precision === 'day';

// Every undated event says its timing is not reported (words.timingNotReported), so no
// reader takes its place in the timeline for a fact.
function boundLabel(
  date: Exclude<BriefingDate, CalendarDate>,
  anchorOf: AnchorLookup,
  style: 'long' | 'short',
  words: EditionWords,
): string {
  const anchorAt = (id: string | undefined) => (id === undefined ? undefined : anchorOf(id));
  const at = (anchor: CalendarDate | undefined) =>
    anchor && formatCalendarDate(anchor, style, words);
  if (date.precision === 'around') {
    const anchor = anchorAt(date.anchor);
    return words.around(at(anchor) ?? '(?)', anchor?.precision === 'day');
  }
  const afterDate = anchorAt(date.after);
  const beforeDate = anchorAt(date.before);
  const after = at(afterDate);
  const before = at(beforeDate);
  if (after && before) return words.between(after, before, isDay(afterDate), isDay(beforeDate));
  if (after) return words.after(after, isDay(afterDate));
  if (before) return words.before(before, isDay(beforeDate));
  return words.noDate;
}

/**
 * The date as a reader sees it in full (the event card, the live region): a calendar date
 * with the weekday only where the report states one ("Friday, January 9, 2026"); for an
 * undated event its bounds and that its timing is not reported ("After January 3, 2026 ·
 * timing not reported"), or "Date not reported" where the report gives no bound.
 */
export function formatDate(
  date: BriefingDate,
  anchorOf: AnchorLookup,
  words: EditionWords = englishWords,
): string {
  if (date.precision === 'day' && date.weekday)
    return words.withWeekday(
      formattersOf(words).weekday.format(startOf(date)),
      formatCalendarDate(date, 'long', words),
    );
  if (isCalendarDate(date)) return formatCalendarDate(date, 'long', words);
  const label = boundLabel(date, anchorOf, 'long', words);
  return label === words.noDate ? label : `${label} · ${words.timingNotReported}`;
}

/** A short form for tight spaces (timeline, popups): "Jan 9, 2026", "After Jan 3, 2026". */
export function formatShortDate(
  date: BriefingDate,
  anchorOf: AnchorLookup,
  words: EditionWords = englishWords,
): string {
  return isCalendarDate(date)
    ? formatCalendarDate(date, 'short', words)
    : boundLabel(date, anchorOf, 'short', words);
}

/**
 * For an undated event, the report's own words for when, and whose its place in the
 * timeline is, for the event card. Undefined for a calendar date.
 */
export function timingNote(
  date: BriefingDate,
  words: EditionWords = englishWords,
): string | undefined {
  if (isCalendarDate(date)) return undefined;
  return `${words.timingNote.before}“${date.wording}”${words.timingNote.after}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The machine-readable form for `<time dateTime>`, or undefined when the article gives no date. */
export function isoDate(date: BriefingDate): string | undefined {
  switch (date.precision) {
    case 'day':
      return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case 'month':
      return `${date.year}-${pad(date.month)}`;
    case 'year':
      return String(date.year);
    default:
      return undefined;
  }
}

/** Where an event sits on the time axis: a time, then a rank among events at that time. */
export interface TimelineKey {
  readonly time: number;
  readonly rank: number;
  /** The upper bound, for ordering undated events that share a lower bound. */
  readonly until: number;
}

/**
 * The rule that orders the timeline. The report dates some events and only bounds others,
 * yet Next and Previous need one order. So each event sits at the earliest point the
 * report allows, and the labels say what is known:
 *
 * - a calendar date sits at its start (a month at its first day, a year at January 1);
 * - an event `after` a dated one sits just after it (after any event `around` it);
 *   several after the same event keep their order in events.ts, those with an earlier
 *   `before` bound first;
 * - an event `around` a dated one sits just after it;
 * - an event with only a `before` bound sits just before that event;
 * - an event with no bound at all (the report says only "recently", "already") sits at
 *   the end, at the time of the report;
 * - ties keep their order in events.ts.
 *
 * Undefined when a bound names an event without a calendar date (the validator says so).
 */
export function timelineKey(date: BriefingDate, anchorOf: AnchorLookup): TimelineKey | undefined {
  const timeOf = (id: string) => {
    const anchor = anchorOf(id);
    return anchor && isRealDate(anchor) ? startOf(anchor).getTime() : undefined;
  };
  if (isCalendarDate(date)) {
    if (!isRealDate(date)) return undefined;
    const time = startOf(date).getTime();
    return { time, rank: 0, until: time };
  }
  if (date.precision === 'around') {
    const time = timeOf(date.anchor);
    return time === undefined ? undefined : { time, rank: 1, until: time };
  }
  const after = date.after === undefined ? -Infinity : timeOf(date.after);
  const before = date.before === undefined ? Infinity : timeOf(date.before);
  if (after === undefined || before === undefined) return undefined;
  if (date.after !== undefined) return { time: after, rank: 2, until: before };
  if (date.before !== undefined) return { time: before, rank: -1, until: before };
  return { time: Infinity, rank: 0, until: Infinity };
}

/** Compares two timeline keys; equal keys keep their order in events.ts. */
export function compareTimelineKeys(a: TimelineKey, b: TimelineKey): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.until !== b.until) return a.until < b.until ? -1 : 1;
  return 0;
}

/** "November 24, 2026": the day of an ISO 8601 time, in UTC (the same on every reader's clock). */
export function formatTimestampDay(iso: string, words: EditionWords = englishWords): string {
  return formattersOf(words).longDay.format(new Date(iso));
}
