// Honest time: the page dates each event only as the report does. Undated events show the
// bounds the report gives and say that their timing is not reported; no weekday appears
// that the report does not state.
import { describe, expect, it } from 'vitest';
import {
  events,
  formatDate,
  formatShortDate,
  getEvent,
  isoDate,
  timingNote,
  type Weekday,
} from '../src/data/index.ts';
import { setUpBriefing } from './support/harness.ts';
import { expectSelected, stepper } from './support/selection.ts';

const app = setUpBriefing();

const isUndated = (id: string) => isoDate(getEvent(id)!.date) === undefined;
const undated = events.filter((e) => isUndated(e.id));
const WEEKDAYS = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const statedWeekdays = new Set<string>(
  events.flatMap((e) => (e.date.precision === 'day' && e.date.weekday ? [e.date.weekday] : [])),
);

describe('the timeline’s dates', () => {
  it('label each event at the report’s precision, undated ones by their bounds and drawn as ranges', async () => {
    const { page } = await app.open();
    const chips = await page.locator('#timeline-list a').evaluateAll((buttons) =>
      buttons.map((b) => {
        const time = b.querySelector('time');
        return {
          date: time?.textContent?.trim() ?? '',
          datetime: time?.getAttribute('datetime') ?? null,
          border: getComputedStyle(b).borderLeftStyle,
        };
      }),
    );
    expect(chips).toEqual(
      events.map((e) => ({
        date: formatShortDate(e.date),
        datetime: isoDate(e.date) ?? null,
        border: isUndated(e.id) ? 'dashed' : 'solid',
      })),
    );
    expect(undated.length).toBeGreaterThan(0);
  });

  // One walk through every event, as a reader steps: each card's date, and the page's words.
  it('cards give undated events their bounds and the report’s words, say where the report sets nothing, and show a weekday only where the report states one', async () => {
    const { page } = await app.open();
    const { next } = stepper(page);
    const card = page.locator('article.event-detail');
    const seen = new Set<string>();
    const collect = async () => {
      const text = await page.evaluate(() => document.body.innerText);
      for (const [day] of text.matchAll(WEEKDAYS)) seen.add(day);
    };
    await collect();
    // What each card says, next to what the data says it must.
    const cards: { id: string; date: string; hasTiming: boolean; hasPlaceNote: boolean }[] = [];
    for (const event of events) {
      await next.click();
      await expectSelected(page, event.id);
      await collect();
      const text = (await card.textContent()) ?? '';
      cards.push({
        id: event.id,
        date: (await card.locator('time').textContent()) ?? '',
        hasTiming: text.includes(timingNote(event.date) ?? '(none)'),
        hasPlaceNote: text.includes(event.placeNote ?? '(none)'),
      });
    }
    expect(cards).toEqual(
      events.map((e) => ({
        id: e.id,
        date: formatDate(e.date),
        hasTiming: isUndated(e.id),
        hasPlaceNote: e.placeNote !== undefined,
      })),
    );
    expect([...seen].filter((day) => !statedWeekdays.has(day as Weekday))).toEqual([]);
  });
});
