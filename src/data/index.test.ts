import { describe, expect, it } from 'vitest';
import {
  briefingData,
  briefingExport,
  dateline,
  events,
  eventsAtPlace,
  parseParagraph,
  sections,
  sectionsOfEvent,
  validateBriefing,
  type BriefingData,
} from './index.ts';

/** A deep, mutable copy of the data, for tests that break one record on purpose. */
function copy(): BriefingData & { [K in keyof BriefingData]: any } {
  return structuredClone(briefingData) as any;
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
    const latest = events
      .flatMap((e) => (e.date.precision === 'day' ? [e.date] : []))
      .map((d) => new Date(Date.UTC(d.year, d.month - 1, d.day)))
      .reduce((a, b) => (b > a ? b : a));
    const words = latest.toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    expect(dateline()).toBe(`Covers events up to ${words}`);
  });

  it('exports events and sections as top-level arrays', () => {
    const json = JSON.parse(JSON.stringify(briefingExport()));
    expect(json.events).toHaveLength(events.length);
    expect(json.sections).toHaveLength(sections.length);
    expect(json.events[0].citations[0]).toEqual(expect.objectContaining({ paragraph: 10 }));
  });
});

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
    const raid = data.events.findIndex((e: { id: string }) => e.id === 'raid');
    data.events[raid].date = { precision: 'day', year: 2027, month: 1, day: 1 };
    expect(validateBriefing(data)).toContain(
      'event "bus-search" is dated before "raid" but listed after it',
    );
  });

  it('catches a relative date on the wrong side of its anchor', () => {
    const data = copy();
    const talks = data.events.findIndex((e: { id: string }) => e.id === 'talks');
    data.events[talks].date.relation = 'after';
    expect(validateBriefing(data)).toContain('event "talks" should come after "level-4-warning"');
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
