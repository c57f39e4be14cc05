// The Spanish edition (es/): its language and its links to the English edition, the
// language switch at the same event both ways, a step announced in Spanish, dates in
// Spanish, no English word of the page's own, and axe. Three page loads in all: es/, then
// English through the switch, then es/ again through the other switch.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editions } from '../src/data/editions.ts';
import { mapUi } from '../src/locale/mapUi.ts';
import { englishUi } from '../src/locale/ui.ts';
import { spanishUi } from '../src/locale/ui.es.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { setUpBriefing } from './support/harness.ts';

const app = setUpBriefing();
const es = editions.es;
const en = editions.en;

const mustGet = (id: string) => {
  const event = es.getEvent(id);
  if (!event) throw new Error(`No event "${id}"`);
  return event;
};

/** Waits for the live map's first place, named in Spanish (the map loads near the viewport). */
async function waitForSpanishMap(page: Page): Promise<void> {
  const place = es.places[0]!;
  const name = mapUi.es.placeHandle(
    place.name,
    place.kind === 'area',
    es.eventsAtPlace(place.id).length,
  );
  await page.getByRole('region', { name: spanishUi.map, exact: true }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name, exact: true }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Every English word of the page's own (the UI dictionaries, English and map) that Spanish
 * says differently: none may show on es/, outside the report's quoted words (lang="en").
 */
function englishOnlyStrings(): string[] {
  const flat = (ui: object, other: object): [unknown, unknown][] =>
    Object.entries(ui).flatMap(([key, value]) => {
      const theirs = (other as Record<string, unknown>)[key];
      if (typeof value === 'function')
        return [[value('X', 2), (theirs as (...a: unknown[]) => string)('X', 2)]];
      if (value && typeof value === 'object') return flat(value, theirs as object);
      return [[value, theirs]];
    });
  return [...flat(englishUi, spanishUi), ...flat(mapUi.en, mapUi.es)]
    .filter(([a, b]) => typeof a === 'string' && a !== b)
    .map(([a]) => String(a))
    .filter((s) => s.length >= 4 && s !== englishUi.otherEdition.label);
}

/** The page's words as a reader meets them, outside quotes in the report's English. */
function spanishPageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.body.cloneNode(true) as HTMLElement;
    for (const el of root.querySelectorAll('[lang="en"], script, style')) el.remove();
    const attributes = [...root.querySelectorAll('[aria-label], [alt], [title]')].flatMap((el) =>
      ['aria-label', 'alt', 'title'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [root.textContent ?? '', ...attributes, document.title].join('\n');
  });
}

describe('the Spanish edition', () => {
  it('is Spanish throughout, opens the linked event, steps in Spanish, and passes axe', async () => {
    const failed: string[] = [];
    const { page, requests } = await app.open('es/?event=raid', {
      waitForMap: false,
      beforeGoto: async (p) => {
        p.on('response', (r) => {
          if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
        });
      },
    });
    const raid = mustGet('raid');

    // Its language. (Search engines' hreflang links need the site's absolute address, so
    // the tests' build, made without one, has none: scripts/briefingJsonPlugin.test.ts.)
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);

    // The deep link opens the event once React has taken over, in Spanish.
    await page.getByRole('heading', { name: raid.title, level: 3 }).waitFor();
    const detail = page.getByRole('article', { name: raid.title });
    expect(await detail.locator('time').first().textContent()).toBe(es.formatDate(raid.date));
    // A citation: the report's English words, marked as English, and our rendering.
    const quote = detail.locator('q[lang="en"]', { hasText: 'Operation Absolute Resolve' });
    await quote.waitFor();
    expect(await detail.locator('.citation__translation').first().textContent()).toContain(
      `${spanishUi.translation}:`,
    );

    // The switch keeps the event.
    const english = page.getByRole('link', { name: spanishUi.otherEdition.label, exact: true });
    expect(await english.getAttribute('hreflang')).toBe('en');
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await english.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
      app.url('?event=raid'),
    );

    // Every date in the timeline, in Spanish, from the data.
    const dates = await page.locator('.timeline__date').allTextContents();
    expect(dates).toEqual(es.events.map((e) => es.formatShortDate(e.date)));

    // The page's own words are all Spanish.
    await waitForSpanishMap(page);
    const text = await spanishPageText(page);
    const leftovers = englishOnlyStrings().filter((s) => text.includes(s));
    expect(leftovers).toEqual([]);

    expect(describeViolations((await runAxe(page)).violations)).toBe('');

    // A step is announced in Spanish, and the switch follows it.
    const next = es.events[es.indexOfEvent('raid') + 1]!;
    await page.getByRole('button', { name: spanishUi.next }).click();
    const live = page.locator('[aria-live="polite"]');
    await expect.poll(() => live.textContent()).toBe(`${es.formatDate(next.date)}: ${next.title}`);
    await expect
      .poll(() => english.evaluate((a) => (a as HTMLAnchorElement).href))
      .toBe(app.url(`?event=${next.id}`));

    // Its files all load from es/: scripts, the stylesheet, the map picture and the basemap.
    expect(requests.some((u) => u.startsWith(app.url('es/static-map.svg')))).toBe(true);
    expect(requests.some((u) => /\/assets\/BriefingMap-[^/]+\.js$/.test(u))).toBe(true);
    expect(failed).toEqual([]);

    // To the English edition, at the same event, and back.
    await english.click();
    await page.waitForURL(app.url(`?event=${next.id}`));
    const englishNext = en.getEvent(next.id)!;
    await page.getByRole('heading', { name: englishNext.title, level: 3 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const spanish = page.getByRole('link', { name: englishUi.otherEdition.label, exact: true });
    expect(await spanish.getAttribute('hreflang')).toBe('es');
    expect(await spanish.getAttribute('lang')).toBe('es');
    await spanish.click();
    await page.waitForURL(app.url(`es/?event=${next.id}`));
    await page.getByRole('heading', { name: next.title, level: 3 }).waitFor();
  });
});
