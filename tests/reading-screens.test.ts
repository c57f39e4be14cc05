// The reading experience on screen: at every step, on desktop and phone, the map and the
// selected event's text show together with the stepper in reach, and stepping never
// swings the page; the desktop first screen (1280×800 and 1366×768) shows the headline,
// the map and the stepper.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { events, sections } from '../src/data/index.ts';
import { DESKTOP, setUpBriefing } from './support/harness.ts';
import { expectTogether, inView, isPhone, onScreen, SCREENS } from './support/reading.ts';
import { expectSelected, settledView, stepper } from './support/selection.ts';

const app = setUpBriefing();

describe.each(SCREENS)('together on screen: %s', (_name, options) => {
  const phone = isPhone(options);

  it('at every step from the top, the map and the event’s text show together, and the page never scrolls up', async () => {
    const { page } = await app.open('', options);
    // On desktop the first screen shows the headline, the stepper with its keys, and the map.
    if (!phone) await expectFirstScreen(page, options.context?.viewport ?? DESKTOP);
    const { next } = stepper(page);
    let scrollY = 0;
    for (const event of events) {
      await next.click();
      await expectSelected(page, event.id);
      const seen = await expectTogether(page, event.id, phone);
      expect(seen.scrollY, `scroll after stepping to ${event.id}`).toBeGreaterThanOrEqual(scrollY);
      scrollY = seen.scrollY;
    }
  });

  it('mid-story too: stepping leaves the page where the reader is', async () => {
    const { page } = await app.open(`?event=${events[0]!.id}`, options);
    // The reader has scrolled into the middle of the story.
    const middle = sections[Math.floor(sections.length / 2)]!;
    await page.locator(`#section-${middle.id} h2`).evaluate((el) => el.scrollIntoView());
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const settled = await settledView(page);
    const startY = await page.evaluate(() => window.scrollY);
    const from = events.findIndex((e) => e.id === settled.param);
    const { next } = stepper(page);
    for (const event of events.slice(from + 1)) {
      await next.click();
      await expectSelected(page, event.id);
      const seen = await expectTogether(page, event.id, phone);
      expect(seen.scrollY, `scroll at ${event.id}`).toBe(startY);
    }
  });
});

async function expectFirstScreen(page: Page, viewport: { height: number }) {
  expect(await inView(page.getByRole('heading', { level: 1 }))).toBe(true);
  const { next, previous } = stepper(page);
  expect(await inView(next)).toBe(true);
  expect(await inView(previous)).toBe(true);
  const seen = await onScreen(page);
  expect(seen.mapVisiblePx).toBeGreaterThanOrEqual(viewport.height / 3);
  // The keys are explained beside the stepper.
  expect(await page.getByText(/Keys\s*←\s*→\s*step/).isVisible()).toBe(true);
}
