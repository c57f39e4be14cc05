import { describe, expect, it } from 'vitest';
import {
  briefingData,
  briefingExport,
  dateline,
  events,
  formatDate,
  indexOfEvent,
  meta,
  timelineOrder,
  eventsAtPlace,
  parseParagraph,
  sections,
  sectionsOfEvent,
  validateBriefing,
  type BriefingData,
  type BriefingEvent,
} from './index.ts';

/** A deep, mutable copy of the data, for tests that break one record on purpose. */
function copy(): BriefingData & { [K in keyof BriefingData]: any } {
  return structuredClone(briefingData) as any;
}

/** The ids of the events the report dates itself, in the order given. */
function datedIds(list: readonly BriefingEvent[]): string[] {
  return list.filter((e) => ['day', 'month', 'year'].includes(e.date.precision)).map((e) => e.id);
}

describe('the briefing data', () => {
  it('passes every consistency check', () => {
    expect(validateBriefing()).toEqual([]);
  });

  it('has the events and sections the story needs', () => {
    expect(events.length).toBeGreaterThanOrEqual(11);
    expect(sections.length).toBeGreaterThanOrEqual(7);
    expect(sections.length).toBeLessThanOrEqual(9);
  });

  it('gives every event a home section and every place an event', () => {
    expect(events.filter((e) => sectionsOfEvent(e.id).length === 0).map((e) => e.id)).toEqual([]);
    expect(eventsAtPlace('caracas').map((e) => e.id)).toContain('raid');
    expect(eventsAtPlace('new-york').map((e) => e.id)).toEqual(['extradition']);
  });

  it('derives the dateline from the latest day-dated event', () => {
    const latest = events.filter((e) => e.date.precision === 'day').at(-1)!;
    expect(dateline()).toBe(`Covers events up to ${formatDate(latest.date)}`);
    expect(dateline()).not.toMatch(/day,/);
  });

  it('steps through the events in the order their dates derive, not the file’s', () => {
    expect(datedIds(timelineOrder(events.toReversed()))).toEqual(datedIds(events));
    expect(new Set(timelineOrder(events.toReversed()))).toEqual(new Set(events));
  });

  it('keeps every undated event within its bounds', () => {
    const lastDated = Math.max(...datedIds(events).map(indexOfEvent));
    const outside = events.filter((e, i) => {
      const { date } = e;
      if (date.precision === 'around') return Math.abs(i - indexOfEvent(date.anchor)) !== 1;
      if (date.precision !== 'between') return false;
      if (!date.after && !date.before) return i < lastDated;
      return (
        (date.after !== undefined && i < indexOfEvent(date.after)) ||
        (date.before !== undefined && i > indexOfEvent(date.before))
      );
    });
    expect(outside.map((e) => e.id)).toEqual([]);
  });

  it('shows a weekday only where the report gives one', () => {
    const withWeekday = events.filter((e) => /day,/.test(formatDate(e.date)));
    expect(withWeekday.map((e) => e.id)).toEqual(
      events.filter((e) => e.date.precision === 'day' && e.date.weekday).map((e) => e.id),
    );
  });

  it('labels every undated event with its bounds, never a bare position', () => {
    const undated = events.filter((e) => !['day', 'month', 'year'].includes(e.date.precision));
    expect(undated.length).toBeGreaterThan(0);
    for (const e of undated) {
      const label = formatDate(e.date);
      expect(`${e.id}: ${label}`).toMatch(
        /: ((After|Before|Between|Around) .* · timing not reported|Date not reported)$/,
      );
    }
  });

  it('exports events and sections as top-level arrays', () => {
    const json = JSON.parse(JSON.stringify(briefingExport()));
    expect(json.events).toHaveLength(events.length);
    expect(json.sections).toHaveLength(sections.length);
    expect(json.events[0].citations[0]).toEqual(expect.objectContaining({ paragraph: 10 }));
  });
});

/** The record of event `id` in a copy of the data. */
function event(data: ReturnType<typeof copy>, id: string) {
  const found = data.events.find((e: { id: string }) => e.id === id);
  if (!found) throw new Error(`The data has no event "${id}"`);
  return found;
}

describe('validateBriefing names the broken record', () => {
  it('catches a duplicate event id', () => {
    const data = copy();
    data.events[1].id = data.events[0].id;
    expect(validateBriefing(data)).toContain('event id "embassy-evacuated" is used twice');
  });

  it('catches an event at an unknown place', () => {
    const data = copy();
    data.events[0].placeIds = ['atlantis'];
    expect(validateBriefing(data)).toContain(
      'event "embassy-evacuated" names unknown place "atlantis"',
    );
  });

  it('catches a section link to an unknown event', () => {
    const data = copy();
    data.sections[0].body = ['See [this](no-such-event).'];
    expect(validateBriefing(data)).toContain(
      'section "the-warning" paragraph 1 links unknown event "no-such-event"',
    );
  });

  it('catches events out of date order', () => {
    const data = copy();
    const moved = event(data, 'bus-search');
    moved.date = { precision: 'day', year: 2027, month: 1, day: 1 };
    const next = data.events[data.events.indexOf(moved) + 1];
    expect(validateBriefing(data)).toContainEqual(
      expect.stringMatching(
        `^event "${next.id}" is listed after "bus-search", but its date puts it before it`,
      ),
    );
  });

  it('catches an undated event listed outside its bounds', () => {
    const data = copy();
    // An event "after the raid", moved to the very start of the list.
    const later = data.events.find((e: { date: { after?: string } }) => e.date.after === 'raid');
    data.events.splice(data.events.indexOf(later), 1);
    data.events.unshift(later);
    expect(validateBriefing(data)).toContain(
      `event "${data.events[1].id}" is listed after "${later.id}", but its date puts it before it (it belongs first)`,
    );
  });

  it('catches a bound on an unknown or undated event', () => {
    const data = copy();
    event(data, 'talks').date.before = 'no-such-event';
    event(data, 'extradition').date.after = 'talks';
    const problems = validateBriefing(data);
    expect(problems).toContain('event "talks" is bounded by unknown event "no-such-event"');
    expect(problems).toContain(
      'event "extradition" is bounded by "talks", which has no calendar date',
    );
  });

  it('catches bounds in an impossible order', () => {
    const data = copy();
    Object.assign(event(data, 'extradition').date, { before: 'embassy-evacuated' });
    expect(validateBriefing(data)).toContain(
      'event "extradition" comes after "raid" and before "embassy-evacuated", which is impossible',
    );
  });

  it('catches a timing the bounds do not support, or a bound the wording does not give', () => {
    const data = copy();
    // “Shortly before …” with the bound turned around.
    const talks = event(data, 'talks');
    talks.date = { precision: 'between', after: talks.date.before, wording: talks.date.wording };
    // “recently”, given a bound the report never states.
    const recent = data.events.find(
      (e: { date: { precision: string; after?: string; before?: string } }) =>
        e.date.precision === 'between' && !e.date.after && !e.date.before,
    );
    recent.date.before = 'level-4-warning';
    const problems = validateBriefing(data);
    expect(problems).toContain(
      `event "talks" says “${talks.date.wording}” but has no "before" bound`,
    );
    expect(problems).toContain(
      `event "talks" has an "after" bound, but “${talks.date.wording}” says nothing of after, later or following`,
    );
    expect(problems).toContain(
      `event "${recent.id}" has a "before" bound, but “${recent.date.wording}” says nothing of before`,
    );
  });

  it('catches a timing that is not the report’s own words', () => {
    const data = copy();
    event(data, 'extradition').date.wording = 'soon afterwards';
    expect(validateBriefing(data)).toContain(
      'event "extradition" gives its timing as “soon afterwards”, which is not in its citation quotes',
    );
  });

  it('catches a weekday the calendar does not have, and a date that does not exist', () => {
    const data = copy();
    const stated = data.events.find((e: { date: { weekday?: string } }) => e.date.weekday);
    stated.date.day += 1;
    event(data, 'raid').date.day = 32;
    const problems = validateBriefing(data);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^event "${stated.id}" says ${stated.date.weekday}, but .* was a `),
      ),
    );
    expect(problems).toContain('event "raid" has a date that does not exist');
  });

  it('catches an event with no place and no note saying why', () => {
    const data = copy();
    delete event(data, 'talks').placeNote;
    event(data, 'raid').placeNote = 'Nowhere in particular.';
    const problems = validateBriefing(data);
    expect(problems).toContain(
      'event "talks" has no place, and no placeNote saying the report gives none',
    );
    expect(problems).toContain('event "raid" has places and a placeNote saying it has none');
  });

  it('catches a record that cites nothing', () => {
    const data = copy();
    data.sections[2].citations = [];
    expect(validateBriefing(data)).toContain('section "checkpoints" cites no paragraph');
  });

  it('catches a quoted phrase that is not among the citations', () => {
    const data = copy();
    data.events[0].summary = 'They said it was “entirely fine”.';
    expect(validateBriefing(data)).toContain(
      'event "embassy-evacuated" summary quotes “entirely fine”, which is not one of its citation quotes',
    );
  });
});

describe('parseParagraph', () => {
  it('splits event links from text', () => {
    expect(parseParagraph('On [January 3](raid), forces struck.')).toEqual([
      { kind: 'text', text: 'On ' },
      { kind: 'event', text: 'January 3', eventId: 'raid' },
      { kind: 'text', text: ', forces struck.' },
    ]);
  });

  it('leaves a paragraph without links whole', () => {
    expect(parseParagraph('No links here.')).toEqual([{ kind: 'text', text: 'No links here.' }]);
  });
});

describe('publication times', () => {
  it('are ISO UTC times, updated no earlier than published', () => {
    expect(validateBriefing()).toEqual([]);
    const broken = { ...briefingData, meta: { ...meta, updated: '2020-01-01T00:00:00Z' } };
    expect(validateBriefing(broken)).toContain(
      `meta updated "2020-01-01T00:00:00Z" is before published "${meta.published}"`,
    );
    const garbled = { ...briefingData, meta: { ...meta, published: 'last Tuesday' } };
    expect(validateBriefing(garbled).join('\n')).toMatch(/meta published "last Tuesday" is not/);
  });
});
