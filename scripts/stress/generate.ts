// A long-running briefing for `npm run build:stress`: 1,000 events over three years, told in
// 50 sections, at 40 places, generated the same way every time (a seeded random sequence).
// The real data in src/data is untouched; scripts/stress/plugin.ts swaps these records in.
import type { BriefingEvent, Place, Section, Theme } from '../../src/data/types.ts';
import { mapLabels as realLabels } from '../../src/data/mapLabels.ts';

export const EVENT_COUNT = 1000;
const SECTION_COUNT = 50;
const PLACE_COUNT = 40;
const THEMES: readonly Theme[] = ['warning', 'military', 'security', 'diplomacy', 'oil'];
const WHAT = [
  'Checkpoint reported',
  'Flights resume',
  'Talks announced',
  'Tanker stopped',
  'Curfew extended',
  'Embassy statement',
  'Militia patrol seen',
  'Court hearing held',
  'Sanctions eased',
  'Convoy spotted',
];

/** A small seeded generator (mulberry32): the same fixture on every build. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const pad = (n: number, width = 4) => String(n).padStart(width, '0');

export const places: readonly Place[] = Array.from({ length: PLACE_COUNT }, (_, i) => ({
  kind: 'point' as const,
  id: `site-${pad(i + 1, 2)}`,
  name: `Site ${i + 1}`,
  // Spread over Venezuela and the southern Caribbean.
  position: {
    lat: Math.round((6 + rand() * 6) * 100) / 100,
    lng: Math.round((-72 + rand() * 12) * 100) / 100,
  },
  zoom: 9,
  description: `A generated place for the stress build, number ${i + 1}.`,
  citations: [{ paragraph: 1 + (i % 14) }],
}));

const START = Date.UTC(2023, 0, 1);
export const events: readonly BriefingEvent[] = Array.from({ length: EVENT_COUNT }, (_, i) => {
  // About one event a day, in order (some days have two), so the file is in timeline order.
  const day = new Date(START + Math.floor(i * 1.1) * 86_400_000);
  const place = pick(places);
  const what = pick(WHAT);
  return {
    id: `event-${pad(i + 1)}`,
    date: {
      precision: 'day' as const,
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
    },
    title: `${what} at ${place.name} (#${i + 1})`,
    summary: `Generated event ${i + 1} of ${EVENT_COUNT}: ${what.toLowerCase()} at ${place.name}. It exists to test how the briefing behaves with a long story.`,
    theme: pick(THEMES),
    placeIds: [place.id],
    citations: [{ paragraph: 1 + (i % 14) }],
  };
});

const perSection = EVENT_COUNT / SECTION_COUNT;
export const sections: readonly Section[] = Array.from({ length: SECTION_COUNT }, (_, s) => {
  const told = events.slice(s * perSection, (s + 1) * perSection);
  // Four paragraphs, each linking five of the section's events.
  const body = Array.from({ length: 4 }, (_unused, p) =>
    told
      .slice(p * 5, p * 5 + 5)
      .map((e) => `Then [${e.title.toLowerCase()}](${e.id}), as the record shows.`)
      .join(' '),
  );
  return {
    id: `part-${pad(s + 1, 2)}`,
    heading: `Part ${s + 1}: events ${s * perSection + 1} to ${(s + 1) * perSection}`,
    body,
    eventIds: told.map((e) => e.id),
    citations: [{ paragraph: 1 + (s % 14) }],
  };
});

export const mapLabels = realLabels;
