// The Spanish edition against the English: the validator names each broken translation,
// and Spanish dates come through Intl in Spanish, at the English's precision. Counts and
// dates are read from the data, so an editor's new event (with its Spanish text) breaks
// nothing here.
import { describe, expect, it } from 'vitest';
import { editions, translations, validateEditions } from './editions.ts';
import { es } from './es.ts';
import { briefingData, isoDate, type BriefingEvent } from './index.ts';
import type { TranslationTable } from './translation.ts';

const table: TranslationTable = es;
const without = <T extends object>(record: T, key: string): T =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as T;
const check = (t: TranslationTable) => validateEditions(briefingData, [t]);
const first = briefingData.events[0]!;

describe('the validator covers both editions', () => {
  it('passes the editions as they are', () => {
    expect(translations).toContain(es);
    expect(validateEditions()).toEqual([]);
  });

  it('names a missing Spanish record', () => {
    const broken = { ...table, events: without(table.events, first.id) };
    expect(check(broken)).toContain(`es: event "${first.id}" has no translation`);
    const place = briefingData.places[0]!;
    expect(check({ ...table, places: without(table.places, place.id) })).toContain(
      `es: place "${place.id}" has no translation`,
    );
  });

  it('names an extra Spanish record', () => {
    const broken = {
      ...table,
      sections: { ...table.sections, 'no-such-section': { heading: 'x', body: [] } },
    };
    expect(check(broken)).toContain(
      'es: section "no-such-section" is translated but the English edition has no such section',
    );
  });

  it('names a Spanish paragraph that links another event than the English', () => {
    const section = briefingData.sections.find((s) => s.body[0]?.includes(']('))!;
    const other = briefingData.events.find((e) => !section.body[0]!.includes(`](${e.id})`))!;
    const body = [...table.sections[section.id]!.body];
    body[0] = body[0]!.replace(/\]\([a-z0-9-]+\)/, `](${other.id})`);
    const broken = {
      ...table,
      sections: { ...table.sections, [section.id]: { ...table.sections[section.id]!, body } },
    };
    expect(check(broken).join('\n')).toMatch(
      new RegExp(
        `es: section "${section.id}" paragraph 1 links \\[.*${other.id}.*\\], but the English links`,
      ),
    );
  });

  it('names a quote with no translation, and a quoted phrase that is not one', () => {
    const quote = first.citations.find((c) => c.quote)!.quote!;
    const errors = check({ ...table, quotes: without(table.quotes, quote) });
    expect(errors.join('\n')).toContain(`es: quote “${quote}” (cited by event "${first.id}"`);
    const summary = `${table.events[first.id]!.summary} Dijo “algo que nadie dijo”.`;
    const misquoted = {
      ...table,
      events: { ...table.events, [first.id]: { ...table.events[first.id]!, summary } },
    };
    expect(check(misquoted)).toContain(
      `es: event "${first.id}" summary quotes “algo que nadie dijo”, which is not one of its quotes’ translations`,
    );
  });

  it('names a note the English has and the Spanish lacks, and text left in English', () => {
    const undated = briefingData.events.find((e) => 'wording' in e.date)!;
    const { wording: _, ...rest } = table.events[undated.id]!;
    expect(
      check({ ...table, events: { ...table.events, [undated.id]: rest } }).join('\n'),
    ).toContain(`es: event "${undated.id}" has no wording`);
    const english = { ...table.events[first.id]!, summary: first.summary };
    expect(check({ ...table, events: { ...table.events, [first.id]: english } })).toContain(
      `es: event "${first.id}" summary is still in English`,
    );
  });
});

describe('the Spanish edition reads the English records', () => {
  const spanish = editions.es;
  const english = editions.en;

  it('has the same events, places and sections, in the same order, citing the same words', () => {
    const ids = (b: typeof spanish) =>
      [b.events, b.places, b.sections].map((l) => l.map((r) => r.id));
    expect(ids(spanish)).toEqual(ids(english));
    spanish.events.forEach((e, i) => {
      const source = english.events[i]!;
      expect(e.citations.map((c) => [c.paragraph, c.quote])).toEqual(
        source.citations.map((c) => [c.paragraph, c.quote]),
      );
      const untranslated = e.citations.filter((c) => c.quote && !c.translation);
      expect(untranslated.map((c) => `${e.id}: ${c.quote}`)).toEqual([]);
    });
  });

  it('formats dates through Intl in Spanish, in UTC, at the precision the report gives', () => {
    const spanishDay = new Intl.DateTimeFormat('es', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    // What each label must be, worked out from the event's date on its own terms.
    const expected = (e: BriefingEvent) => {
      const iso = isoDate(e.date);
      if (e.date.precision === 'day' && iso) {
        const day = spanishDay.format(new Date(`${iso}T00:00:00Z`));
        return e.date.weekday ? new RegExp(`^[A-Z][a-zé]+, ${day}$`) : new RegExp(`^${day}$`);
      }
      if (e.date.precision === 'month') return /^[a-z]+ de \d{4}$/;
      if (e.date.precision === 'year') return /^\d{4}$/;
      const { date } = e;
      if (date.precision === 'day') return /^$/; // a day without an ISO date: cannot be
      const hasBound =
        date.precision === 'around' || date.after !== undefined || date.before !== undefined;
      return hasBound ? / de \d{4} · fecha exacta no informada$/ : /^Sin fecha en el informe$/;
    };
    const events = spanish.events as readonly BriefingEvent[];
    expect(events.map((e) => spanish.formatDate(e.date))).toEqual(
      events.map((e) => expect.stringMatching(expected(e))),
    );
    expect(events.map((e) => spanish.formatDate(e.date)).join(' ')).not.toMatch(
      /January|February|March|September|After|Before|Around|timing/,
    );
    expect(spanish.formatDate({ precision: 'day', year: 2026, month: 1, day: 9 })).toBe(
      '9 de enero de 2026',
    );
    expect(
      spanish.formatDate({ precision: 'day', year: 2026, month: 1, day: 9, weekday: 'Friday' }),
    ).toBe('Viernes, 9 de enero de 2026');
    expect(spanish.dateline()).toMatch(/^Hechos hasta el \d+ de [a-z]+ de \d{4}$/);
  });
});
