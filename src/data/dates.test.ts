import { describe, expect, it } from 'vitest';
import {
  compareTimelineKeys,
  formatDate,
  formatShortDate,
  isoDate,
  isRealDate,
  timelineKey,
  timingNote,
  weekdayOf,
  type AnchorLookup,
} from './dates.ts';
import { es } from './es.ts';
import type { BriefingDate, CalendarDate } from './types.ts';

// A tiny world of anchors, so these tests do not depend on the briefing's events.
const anchorDates: Record<string, CalendarDate> = {
  raid: { precision: 'day', year: 2026, month: 1, day: 3 },
  warning: { precision: 'day', year: 2026, month: 1, day: 9 },
  evacuation: { precision: 'month', year: 2019, month: 3 },
};
const anchorOf: AnchorLookup = (id) => anchorDates[id];

const after = (id: string): BriefingDate => ({ precision: 'between', after: id, wording: 'later' });
const before = (id: string): BriefingDate => ({
  precision: 'between',
  before: id,
  wording: 'shortly before',
});
const unbounded: BriefingDate = { precision: 'between', wording: 'recently' };

describe('dates at the report’s precision', () => {
  it('finds the weekday by the calendar, in any time zone', () => {
    expect(weekdayOf({ precision: 'day', year: 2026, month: 1, day: 9 })).toBe('Friday');
    expect(weekdayOf({ precision: 'day', year: 2026, month: 1, day: 3 })).toBe('Saturday');
  });

  it('shows a weekday only where the report states one', () => {
    expect(
      formatDate({ precision: 'day', year: 2026, month: 1, day: 9, weekday: 'Friday' }, anchorOf),
    ).toBe('Friday, January 9, 2026');
    expect(formatDate({ precision: 'day', year: 2026, month: 1, day: 3 }, anchorOf)).toBe(
      'January 3, 2026',
    );
  });

  it('formats a month and a year', () => {
    expect(formatDate({ precision: 'month', year: 2025, month: 9 }, anchorOf)).toBe(
      'September 2025',
    );
    expect(formatDate({ precision: 'year', year: 2019 }, anchorOf)).toBe('2019');
  });

  it('shortens dates without inventing precision', () => {
    expect(formatShortDate({ precision: 'day', year: 2026, month: 1, day: 10 }, anchorOf)).toBe(
      'Jan 10, 2026',
    );
    expect(formatShortDate({ precision: 'month', year: 2019, month: 3 }, anchorOf)).toBe(
      'Mar 2019',
    );
  });

  it('spells out a month standing alone where its abbreviation is another word', () => {
    // Spanish «mar 2019» reads as "sea 2019"; with a day, «10 ene 2026» is clear.
    const month = { precision: 'month', year: 2019, month: 3 } as const;
    expect(formatShortDate(month, anchorOf, es.words)).toBe('marzo de 2019');
    expect(formatShortDate(before('evacuation'), anchorOf, es.words)).toBe(
      'Antes de marzo de 2019',
    );
    expect(
      formatShortDate({ precision: 'day', year: 2026, month: 1, day: 10 }, anchorOf, es.words),
    ).toBe('10 ene 2026');
  });

  it('shows an undated event’s bounds and says its timing is not reported', () => {
    expect(formatDate(after('raid'), anchorOf)).toBe('After January 3, 2026 · timing not reported');
    expect(formatShortDate(after('raid'), anchorOf)).toBe('After Jan 3, 2026');
    expect(formatDate(before('warning'), anchorOf)).toBe(
      'Before January 9, 2026 · timing not reported',
    );
    expect(formatShortDate(before('evacuation'), anchorOf)).toBe('Before Mar 2019');
    expect(
      formatShortDate(
        { precision: 'between', after: 'raid', before: 'warning', wording: 'meanwhile' },
        anchorOf,
      ),
    ).toBe('Between Jan 3, 2026 and Jan 9, 2026');
    expect(
      formatDate({ precision: 'around', anchor: 'warning', wording: 'As it went out' }, anchorOf),
    ).toBe('Around January 9, 2026 · timing not reported');
    expect(formatDate(unbounded, anchorOf)).toBe('Date not reported');
    expect(formatShortDate(unbounded, anchorOf)).toBe('Date not reported');
  });

  it('quotes the report’s own words for an undated event, and nothing for a dated one', () => {
    expect(timingNote(after('raid'))).toMatch(/^The report gives no date, only “later”\./);
    expect(timingNote({ precision: 'year', year: 2019 })).toBeUndefined();
  });

  it('gives machine-readable dates only where the report dates something', () => {
    expect(isoDate({ precision: 'day', year: 2026, month: 1, day: 3 })).toBe('2026-01-03');
    expect(isoDate({ precision: 'month', year: 2019, month: 3 })).toBe('2019-03');
    expect(isoDate(after('raid'))).toBeUndefined();
  });

  it('rejects a month or a day that does not exist', () => {
    expect(() => formatDate({ precision: 'month', year: 2026, month: 13 }, anchorOf)).toThrow(
      RangeError,
    );
    expect(isRealDate({ precision: 'day', year: 2026, month: 2, day: 30 })).toBe(false);
    expect(isRealDate({ precision: 'day', year: 2028, month: 2, day: 29 })).toBe(true);
  });
});

/** Sorts labeled dates by the rule and returns the labels. */
function order(entries: Record<string, BriefingDate>): string[] {
  return Object.entries(entries)
    .map(([name, date]) => ({ name, key: timelineKey(date, anchorOf)! }))
    .toSorted((a, b) => compareTimelineKeys(a.key, b.key))
    .map((e) => e.name);
}

describe('the timeline order rule', () => {
  it('puts a month before a day later in it', () => {
    expect(
      order({
        day: { precision: 'day', year: 2026, month: 1, day: 3 },
        month: { precision: 'month', year: 2026, month: 1 },
      }),
    ).toEqual(['month', 'day']);
  });

  it('sets an event with a lower bound just after it, and one with only an upper bound just before it', () => {
    expect(
      order({
        unbounded,
        warning: anchorDates.warning!,
        'before-warning': before('warning'),
        'after-raid': after('raid'),
        'around-raid': { precision: 'around', anchor: 'raid', wording: 'As it happened' },
        raid: anchorDates.raid!,
        'jan-8': { precision: 'day', year: 2026, month: 1, day: 8 },
      }),
    ).toEqual([
      'raid',
      'around-raid',
      'after-raid',
      'jan-8',
      'before-warning',
      'warning',
      'unbounded',
    ]);
  });

  it('keeps events with the same bounds in their listed order (a tie)', () => {
    expect(
      compareTimelineKeys(
        timelineKey(after('raid'), anchorOf)!,
        timelineKey(after('raid'), anchorOf)!,
      ),
    ).toBe(0);
  });

  it('among events after the same one, puts the one with the earlier upper bound first', () => {
    expect(
      order({
        open: after('raid'),
        closed: { precision: 'between', after: 'raid', before: 'warning', wording: 'later' },
      }),
    ).toEqual(['closed', 'open']);
  });

  it('cannot place a bound on an event without a calendar date', () => {
    expect(timelineKey(after('nowhere'), anchorOf)).toBeUndefined();
  });
});
