import type { BriefingDate } from './types.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) throw new RangeError(`month ${month} is not 1..12`);
  return name;
}

/** The weekday of a calendar date, computed in UTC so it never depends on the reader's zone. */
export function weekday(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** The date as a reader sees it, at exactly the precision the article gives. */
export function formatDate(date: BriefingDate): string {
  switch (date.precision) {
    case 'day':
      return `${weekday(date.year, date.month, date.day)}, ${monthName(date.month)} ${date.day}, ${date.year}`;
    case 'month':
      return `${monthName(date.month)} ${date.year}`;
    case 'year':
      return String(date.year);
    case 'relative':
      return date.wording;
  }
}

/** A short form for tight spaces: "Jan 9, 2026", "Sep 2025", "Recently". */
export function formatShortDate(date: BriefingDate): string {
  switch (date.precision) {
    case 'day':
      return `${monthName(date.month).slice(0, 3)} ${date.day}, ${date.year}`;
    case 'month':
      return `${monthName(date.month).slice(0, 3)} ${date.year}`;
    case 'year':
      return String(date.year);
    case 'relative':
      return date.wording;
  }
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
    case 'relative':
      return undefined;
  }
}

/**
 * A number that orders dated events: a month sorts at its first day, a year at its first
 * month. Undefined for relative dates, which have no position of their own.
 */
export function dateSortKey(date: BriefingDate): number | undefined {
  switch (date.precision) {
    case 'day':
      return Date.UTC(date.year, date.month - 1, date.day);
    case 'month':
      return Date.UTC(date.year, date.month - 1, 1);
    case 'year':
      return Date.UTC(date.year, 0, 1);
    case 'relative':
      return undefined;
  }
}

/** "January 10, 2026": the long date without the weekday. */
export function formatDayWithoutWeekday(date: BriefingDate & { precision: 'day' }): string {
  return `${monthName(date.month)} ${date.day}, ${date.year}`;
}
