// Dates as the reader sees them, and the timeline's order, at exactly the precision the
// report gives. Pure functions: an undated event's bounds are other events, so the callers
// pass a lookup (index.ts binds it to the briefing's own events).
import type { BriefingDate, CalendarDate, DayDate, Weekday } from './types.ts';

/** Finds the calendar date of the event a bound names; undefined if it has none. */
export type AnchorLookup = (eventId: string) => CalendarDate | undefined;

// Calendar dates are days of the calendar, not instants: format them in UTC, so the label
// never depends on the reader's time zone.
const utc = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...options });
const LONG_DAY = utc({ year: 'numeric', month: 'long', day: 'numeric' });
const SHORT_DAY = utc({ year: 'numeric', month: 'short', day: 'numeric' });
const LONG_MONTH = utc({ year: 'numeric', month: 'long' });
const SHORT_MONTH = utc({ year: 'numeric', month: 'short' });
const WEEKDAY = utc({ weekday: 'long' });

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
  return WEEKDAY.format(startOf(date)) as Weekday;
}

export function isCalendarDate(date: BriefingDate): date is CalendarDate {
  return date.precision === 'day' || date.precision === 'month' || date.precision === 'year';
}

/** "January 9, 2026", "March 2019", "2019": a calendar date without a weekday. */
export function formatCalendarDate(date: CalendarDate, style: 'long' | 'short' = 'long'): string {
  const start = startOf(date);
  switch (date.precision) {
    case 'day':
      return (style === 'long' ? LONG_DAY : SHORT_DAY).format(start);
    case 'month':
      return (style === 'long' ? LONG_MONTH : SHORT_MONTH).format(start);
    case 'year':
      return String(date.year);
  }
}

/** Said of every undated event, so no reader takes its place in the timeline for a fact. */
const TIMING_NOT_REPORTED = 'timing not reported';
const NO_DATE = 'Date not reported';

function boundLabel(
  date: Exclude<BriefingDate, CalendarDate>,
  anchorOf: AnchorLookup,
  style: 'long' | 'short',
): string {
  const at = (id: string | undefined) => {
    const anchor = id === undefined ? undefined : anchorOf(id);
    return anchor && formatCalendarDate(anchor, style);
  };
  if (date.precision === 'around') return `Around ${at(date.anchor) ?? '(unknown event)'}`;
  const after = at(date.after);
  const before = at(date.before);
  if (after && before) return `Between ${after} and ${before}`;
  if (after) return `After ${after}`;
  if (before) return `Before ${before}`;
  return NO_DATE;
}

/**
 * The date as a reader sees it in full (the event card, the live region): a calendar date
 * with the weekday only where the report states one ("Friday, January 9, 2026"); for an
 * undated event its bounds and that its timing is not reported ("After January 3, 2026 ·
 * timing not reported"), or "Date not reported" where the report gives no bound.
 */
export function formatDate(date: BriefingDate, anchorOf: AnchorLookup): string {
  if (date.precision === 'day' && date.weekday)
    return `${date.weekday}, ${formatCalendarDate(date)}`;
  if (isCalendarDate(date)) return formatCalendarDate(date);
  const label = boundLabel(date, anchorOf, 'long');
  return label === NO_DATE ? label : `${label} · ${TIMING_NOT_REPORTED}`;
}

/** A short form for tight spaces (timeline, popups): "Jan 9, 2026", "After Jan 3, 2026". */
export function formatShortDate(date: BriefingDate, anchorOf: AnchorLookup): string {
  return isCalendarDate(date)
    ? formatCalendarDate(date, 'short')
    : boundLabel(date, anchorOf, 'short');
}

/**
 * For an undated event, the report's own words for when, and whose its place in the
 * timeline is, for the event card. Undefined for a calendar date.
 */
export function timingNote(date: BriefingDate): string | undefined {
  if (isCalendarDate(date)) return undefined;
  return `The report gives no date, only “${date.wording}”. Where this event sits in the timeline is our choice, not the report’s.`;
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
export function formatTimestampDay(iso: string): string {
  return LONG_DAY.format(new Date(iso));
}
