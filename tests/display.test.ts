// How the briefing adapts: reduced motion, a phone, dark mode and print.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  events,
  eventsAtPlace,
  getPlace,
  places,
  sections,
  sectionsOfEvent,
} from '../src/data/index.ts';
import { englishUi } from '../src/locale/ui.ts';
import { spanishUi } from '../src/locale/ui.es.ts';
import { PHONE, setUpBriefing } from './support/harness.ts';
import { handleOf, isInsideMap, nextFrames, openPopup, waitForMapToSettle } from './support/map.ts';
import { expectSelected, stepper } from './support/selection.ts';

const app = setUpBriefing();

function newYork(page: Page): Locator {
  const place = getPlace('new-york');
  if (!place) throw new Error('No new-york place');
  return handleOf(page, place);
}

/** Whether an element is rendered: displayed, not in a hidden subtree, with a size. */
function isDisplayed(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return (
      el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) &&
      box.width > 0 &&
      box.height > 0
    );
  });
}

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Where an event's home section (the first telling it) sits in the story. */
const sectionIndex = (eventId: string) =>
  sections.findIndex((s) => sectionsOfEvent(eventId)[0] === s);

/** The page's and the basemap's colours in a light or dark context. */
async function coloursIn(colorScheme: 'light' | 'dark') {
  const { page } = await app.open('', { context: { colorScheme } });
  return page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    land: getComputedStyle(document.querySelector('path.basemap-land')!).fill,
    sea: getComputedStyle(document.querySelector('.leaflet-container')!).backgroundColor,
  }));
}

describe('reduced motion', () => {
  const reduce = { context: { reducedMotion: 'reduce' } } as const;
  // The first event in New York (the extradition), and the event before it, elsewhere.
  const inNewYork = eventsAtPlace('new-york')[0]!;
  const beforeNewYork = events[events.indexOf(inNewYork) - 1]!;
  // The event whose story starts lowest on the page: selecting it once scrolled the page.
  const farthest = events.toSorted((a, b) => sectionIndex(b.id) - sectionIndex(a.id))[0]!;

  it('starts from data that suits these checks', () => {
    expect(inNewYork.placeIds).toEqual(['new-york']);
    expect(beforeNewYork.placeIds).not.toContain('new-york');
    expect(sectionIndex(farthest.id)).toBeGreaterThan(2);
  });

  it('the map jumps to the next event at once, with no flight', async () => {
    const { page } = await app.open(`?event=${beforeNewYork.id}`, reduce);
    await waitForMapToSettle(page);
    expect(await isInsideMap(page, newYork(page))).toBe(false);

    await stepper(page).next.click();
    // A jump has landed by the frames that render the step; a flight has barely begun.
    await nextFrames(page);
    expect(await isInsideMap(page, newYork(page)), 'New York in view two frames on').toBe(true);
    await expectSelected(page, inNewYork.id);
  });

  it('selecting the event told farthest down the story leaves the page where it is', async () => {
    const { page } = await app.open('', reduce);
    await page.locator('#timeline-list').getByRole('link', { name: farthest.title }).click();
    await expectSelected(page, farthest.id);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The story marks the event's passage, for the reader who goes there.
    const home = page.locator(`#section-${sectionsOfEvent(farthest.id)[0]?.id}`);
    expect(await home.getAttribute('data-highlighted')).not.toBeNull();
    expect(await home.locator('p[data-current]').count()).toBeGreaterThan(0);
  });

  it('without the preference, the map flies (so the checks above can fail)', async () => {
    const { page } = await app.open(`?event=${beforeNewYork.id}`, {
      context: { reducedMotion: 'no-preference' },
      // The page's clock, so the test can hold the flight still part-way (not a timer).
      beforeGoto: (p) => p.clock.install(),
    });
    await waitForMapToSettle(page);
    // The basemap's names (countries, seas, towns) on screen, opacity and visibility both.
    const basemapNamesSeen = () =>
      page
        .locator('[data-label]')
        .evaluateAll(
          (els) =>
            els.filter((el) =>
              el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
            ).length,
        );
    expect(await basemapNamesSeen(), 'basemap names seen at rest').toBeGreaterThan(0);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await stepper(page).next.click();
    // 100 ms of the page's time, animation frames included, into a flight of over a second.
    await page.clock.runFor(100);
    expect(await isInsideMap(page, newYork(page)), 'New York in view 100 ms into the move').toBe(
      false,
    );
    // The names sit out a flight, which would slide them over each other unplaced…
    expect(await basemapNamesSeen(), 'basemap names seen mid-flight').toBe(0);
    await page.clock.resume();
    await expect.poll(() => isInsideMap(page, newYork(page))).toBe(true);
    // …and are seen again once placed where a flight lands (back, as New York has none).
    await stepper(page).previous.click();
    await waitForMapToSettle(page);
    expect(await basemapNamesSeen(), 'basemap names seen after the flight back').toBeGreaterThan(0);
  });
});

describe('on a phone (390×844, touch)', () => {
  it('gives the map a fixed share of the screen, leaving one finger to scroll the page', async () => {
    const { page } = await app.open('', { context: PHONE });
    const map = page.locator('.leaflet-container');
    const box = await map.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(844 * 0.35);
    expect(box?.height).toBeLessThanOrEqual(844 * 0.55);
    expect(box?.width).toBeLessThanOrEqual(390);

    const { className, touchAction } = await map.evaluate((el) => ({
      className: el.className,
      touchAction: getComputedStyle(el).touchAction,
    }));
    expect(className).not.toContain('leaflet-touch-drag');
    expect(touchAction).not.toBe('none');
    expect(className).toContain('leaflet-touch-zoom');

    // The hint says how to move the map when a finger lands on it, not before; a tap on a
    // place, which opens its popup, says nothing (the hint would cover the popup).
    const hint = page.getByText('Use two fingers to move the map, or tap it first.');
    expect(await hint.count()).toBe(0);
    const caracas = handleOf(page, getPlace('caracas')!);
    await caracas.tap();
    await openPopup(page).waitFor();
    expect(await hint.count()).toBe(0);
    await page.keyboard.press('Escape');
    await map.dispatchEvent('touchstart', { touches: [], changedTouches: [] });
    await hint.waitFor();

    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)/i);
    expect(viewport).not.toMatch(/maximum-scale\s*=\s*1(\.0*)?\b/i);
  });

  it.each([
    ['en', '', englishUi],
    ['es', 'es/', spanishUi],
  ] as const)(
    '%s: at every event, its date note open or shut, the dock stays under the map, its buttons on screen and some story in view',
    async (_locale, path, ui) => {
      const { page } = await app.open(`${path}?event=${events[0]!.id}`, {
        context: PHONE,
        waitForMap: false,
      });
      await page.locator('.leaflet-container .leaflet-marker-icon').first().waitFor({
        state: 'attached',
      });
      // Mid-story, where the sticky map and the dock both cover the page.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const next = page.getByRole('button', { name: ui.next, exact: true });
      const problems: string[] = [];
      for (const [i, event] of events.entries()) {
        if (i > 0) await next.tap();
        await expect.poll(() => page.url()).toContain(`event=${event.id}`);
        const note = page.locator('.event-detail__note summary');
        for (const isOpen of (await note.count()) ? [false, true] : [false]) {
          if (isOpen) await note.tap();
          await nextFrames(page);
          const { mapBottom, dockTop, dockOverflow, nextBottom, height } = await page.evaluate(
            () => ({
              mapBottom: document.querySelector('.map-frame')!.getBoundingClientRect().bottom,
              dockTop: document.querySelector('.dock')!.getBoundingClientRect().top,
              // What the dock holds past its own box (a long card's hidden words once hung
              // there, and a swipe on the stepper scrolled the whole dock).
              dockOverflow: (({ scrollHeight, clientHeight }) => scrollHeight - clientHeight)(
                document.querySelector('.dock')!,
              ),
              nextBottom: [...document.querySelectorAll('.timeline__step')]
                .at(-1)!
                .getBoundingClientRect().bottom,
              height: innerHeight,
            }),
          );
          const where = `${event.id}${isOpen ? ` (${ui.aboutThisDate} open)` : ''}`;
          // A fifth of the screen at least is left to the story between the two.
          if (dockTop - mapBottom < height / 5)
            problems.push(`${where}: ${Math.round(dockTop - mapBottom)} px of story`);
          if (nextBottom > height)
            problems.push(`${where}: Next ends at ${Math.round(nextBottom)}`);
          if (dockOverflow > 1) problems.push(`${where}: the dock scrolls by ${dockOverflow} px`);
          if (isOpen) await note.tap();
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('starts each event at the top of its card, after the reader scrolled the last one', async () => {
    // The Spanish edition's longest card scrolls inside the dock.
    const { page } = await app.open('es/?event=crackdown', { context: PHONE, waitForMap: false });
    const card = page.locator('.event-detail');
    expect(await card.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await card.evaluate((el) => el.scrollTo({ top: 100, behavior: 'instant' }));
    await expect.poll(() => card.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.getByRole('button', { name: spanishUi.next, exact: true }).tap();
    await expect.poll(() => page.url()).not.toContain('event=crackdown');
    expect(await card.evaluate((el) => el.scrollTop)).toBe(0);
  });

  it('steps with the stepper, and every timeline and toolbar control is at least 44×44', async () => {
    const { page } = await app.open('', { context: PHONE });
    const { next, toggle } = stepper(page);
    await next.tap();
    await expectSelected(page, events[0]!.id);
    await toggle.tap();

    const controls = page.locator(
      [
        '.timeline button',
        '.timeline a',
        '.map-toolbar button',
        '.map-toolbar a',
        '.map-toolbar label',
        '.leaflet-marker-icon[role="button"]',
      ].join(', '),
    );
    const small: string[] = [];
    for (const control of await controls.all()) {
      if (!(await control.isVisible())) continue;
      const box = await control.boundingBox();
      const name = (await control.textContent())?.trim().slice(0, 40);
      if (!box || box.width < 44 || box.height < 44)
        small.push(`${name}: ${box?.width.toFixed(0)}×${box?.height.toFixed(0)}`);
    }
    expect(await controls.count()).toBeGreaterThan(events.length + 4);
    expect(small, 'controls smaller than 44×44').toEqual([]);
  });
});

describe('dark mode', () => {
  it('darkens the page and recolours the basemap', async () => {
    const light = await coloursIn('light');
    const dark = await coloursIn('dark');
    expect(luminance(dark.background), `dark background ${dark.background}`).toBeLessThan(0.2);
    expect(luminance(light.background), `light background ${light.background}`).toBeGreaterThan(
      0.8,
    );
    expect(luminance(dark.text)).toBeGreaterThan(0.6);
    expect(dark.land).not.toBe(light.land);
    expect(dark.sea).not.toBe(light.sea);
    expect(luminance(dark.land)).toBeLessThan(luminance(light.land));
  });
});

describe('print', () => {
  it('drops the map and controls, and prints the story, the timeline and the places', async () => {
    const { page } = await app.open('?event=raid');
    const placeList = page.locator('details.place-list > ul');
    // On screen the list of places stays folded away until asked for.
    expect(await isDisplayed(placeList)).toBe(false);
    await page.emulateMedia({ media: 'print' });

    for (const selector of [
      '.map-frame',
      '.map-toolbar',
      '.timeline__step',
      '.timeline__toggle',
      '.skip-link',
    ])
      for (const el of await page.locator(selector).all())
        expect(await isDisplayed(el), `${selector} hidden in print`).toBe(false);

    const storySections = page.locator('#story section.story-section');
    expect(await storySections.count()).toBe(sections.length);
    for (const section of await storySections.all()) expect(await isDisplayed(section)).toBe(true);

    const items = page.locator('#timeline-list > li');
    expect(await items.count()).toBe(events.length);
    for (const item of await items.all()) expect(await isDisplayed(item)).toBe(true);

    expect(await isDisplayed(placeList)).toBe(true);
    const printed = await placeList.innerText();
    for (const place of places) expect(printed).toContain(place.name);
  });
});
