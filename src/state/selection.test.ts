import { describe, expect, it } from 'vitest';
import { events } from '../data/index.ts';
import { parseSelection, searchFor, stepFrom } from './selection.ts';

describe('parseSelection', () => {
  it('reads a known event', () => {
    expect(parseSelection('?event=raid')).toEqual({
      status: 'selected',
      eventId: 'raid',
      index: events.findIndex((e) => e.id === 'raid'),
    });
  });

  it('treats no parameter as the default view', () => {
    expect(parseSelection('')).toEqual({ status: 'none' });
    expect(parseSelection('?other=1')).toEqual({ status: 'none' });
  });

  it.each([
    ['unknown id', '?event=atlantis'],
    ['empty value', '?event='],
    ['script tag', `?event=${encodeURIComponent('<script>alert(1)</script>')}`],
    ['10,000 characters', `?event=${'a'.repeat(10_000)}`],
    ['malformed escape', '?event=%E0%A4%A'],
    ['prototype name', '?event=__proto__'],
  ])('treats an %s as invalid, never throwing', (_name, search) => {
    expect(parseSelection(search)).toEqual({ status: 'invalid' });
  });
});

describe('searchFor', () => {
  it('sets, replaces and removes the event, keeping other parameters', () => {
    expect(searchFor('raid')).toBe('?event=raid');
    expect(searchFor('talks', '?event=raid&lang=en')).toBe('?event=talks&lang=en');
    expect(searchFor(null, '?event=raid')).toBe('');
  });
});

describe('stepFrom', () => {
  const first = events[0]!.id;
  const last = events.at(-1)!.id;

  it('goes from the default view to the first event', () => {
    expect(stepFrom({ status: 'none' }, 1)).toBe(first);
    expect(stepFrom({ status: 'none' }, -1)).toBeNull();
  });

  it('steps and stops at both ends', () => {
    expect(stepFrom({ status: 'selected', eventId: first, index: 0 }, 1)).toBe(events[1]!.id);
    expect(stepFrom({ status: 'selected', eventId: first, index: 0 }, -1)).toBe(first);
    const end = { status: 'selected', eventId: last, index: events.length - 1 } as const;
    expect(stepFrom(end, 1)).toBe(last);
    expect(stepFrom(end, -Infinity)).toBe(first);
    expect(stepFrom({ status: 'none' }, Infinity)).toBe(last);
  });
});
