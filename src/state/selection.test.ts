import { describe, expect, it } from 'vitest';
import { events, eventsAtPlace, places } from '../data/index.ts';
import { eventForPlace } from './placeSelection.ts';
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

  it('keeps the other parameters as written: a bare ?embed stays bare', () => {
    expect(searchFor('raid', '?embed')).toBe('?embed&event=raid');
    expect(searchFor('talks', '?embed&event=raid')).toBe('?embed&event=talks');
    expect(searchFor(null, '?embed&event=raid&event=talks')).toBe('?embed');
    expect(searchFor('raid', '?event=a&x=1&event=b')).toBe('?event=raid&x=1');
    expect(searchFor('a b')).toBe('?event=a%20b');
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

const index = (id: string) => events.findIndex((e) => e.id === id);
const at = (id: string) => ({ status: 'selected', eventId: id, index: index(id) }) as const;

describe('eventForPlace', () => {
  it('keeps the selection when it happened there', () => {
    for (const event of events)
      for (const placeId of event.placeIds)
        expect(eventForPlace(placeId, at(event.id))).toBe(event.id);
  });

  it('otherwise picks the place’s event nearest in timeline order, the earlier on a tie', () => {
    for (const event of events)
      for (const place of places) {
        const here = eventsAtPlace(place.id);
        if (!here.length || here.includes(event)) continue;
        const distances = here.map((e) => Math.abs(index(e.id) - index(event.id)));
        const nearest = here[distances.indexOf(Math.min(...distances))]!;
        expect(eventForPlace(place.id, at(event.id)), `${place.id} from ${event.id}`).toBe(
          nearest.id,
        );
      }
  });

  it('picks the first event with nothing selected', () => {
    for (const place of places)
      expect(eventForPlace(place.id, { status: 'none' })).toBe(
        eventsAtPlace(place.id)[0]?.id ?? null,
      );
  });
});
