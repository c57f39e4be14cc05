import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate, formatShortDate, isoDate, weekday } from './dates.ts';

describe('dates at the article’s precision', () => {
  it('names the weekday the article gives for January 9, 2026', () => {
    expect(weekday(2026, 1, 9)).toBe('Friday');
  });

  it('formats a day, a month, a year and a relative date', () => {
    expect(formatDate({ precision: 'day', year: 2026, month: 1, day: 9 })).toBe(
      'Friday, January 9, 2026',
    );
    expect(formatDate({ precision: 'month', year: 2025, month: 9 })).toBe('September 2025');
    expect(formatDate({ precision: 'year', year: 2019 })).toBe('2019');
    expect(
      formatDate({
        precision: 'relative',
        wording: 'Shortly before the warning',
        relation: 'before',
        anchorEventId: 'x',
      }),
    ).toBe('Shortly before the warning');
  });

  it('shortens dates without inventing precision', () => {
    expect(formatShortDate({ precision: 'day', year: 2026, month: 1, day: 10 })).toBe(
      'Jan 10, 2026',
    );
    expect(formatShortDate({ precision: 'month', year: 2019, month: 3 })).toBe('Mar 2019');
  });

  it('gives machine-readable dates only where the article dates something', () => {
    expect(isoDate({ precision: 'day', year: 2026, month: 1, day: 3 })).toBe('2026-01-03');
    expect(isoDate({ precision: 'month', year: 2019, month: 3 })).toBe('2019-03');
    expect(
      isoDate({ precision: 'relative', wording: 'Later', relation: 'after', anchorEventId: 'x' }),
    ).toBeUndefined();
  });

  it('orders a month before a day later in it', () => {
    expect(dateSortKey({ precision: 'month', year: 2026, month: 1 })).toBeLessThan(
      dateSortKey({ precision: 'day', year: 2026, month: 1, day: 3 })!,
    );
  });

  it('rejects a month that does not exist', () => {
    expect(() => formatDate({ precision: 'month', year: 2026, month: 13 })).toThrow(RangeError);
  });
});
