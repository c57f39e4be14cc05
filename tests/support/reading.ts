// What the reading tests share: the screens they try, and how they judge what a reader
// sees (the map and the event's text together, the stepper in reach, popups inside the map).
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { events, eventsAtPlace } from '../../src/data/index.ts';
import { DESKTOP, PHONE, type OpenOptions } from './harness.ts';

export const reduce = { reducedMotion: 'reduce' } as const;
/** For the tests whose subject is motion: the map flies. */
export const motion = { reducedMotion: 'no-preference' } as const;
export const SCREENS: [name: string, options: OpenOptions][] = [
  ['desktop 1280×800', { context: { ...reduce, viewport: DESKTOP } }],
  ['desktop 1366×768', { context: { ...reduce, viewport: { width: 1366, height: 768 } } }],
  ['phone 390×844', { context: { ...reduce, ...PHONE } }],
];
export const isPhone = (options: OpenOptions) => options.context?.isMobile === true;

/**
 * What of the map and the event's summary the reader can see: sampled points where the
 * topmost element belongs to them (so a sticky bar or the dock over them counts as hiding).
 */
export async function onScreen(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('.leaflet-container');
    const summary = document.querySelector('.event-detail__summary');
    const w = window.innerWidth;
    const h = window.innerHeight;
    // Rows 4 px apart down the map's middle: how much of its height shows.
    let mapRows = 0;
    if (map) {
      const box = map.getBoundingClientRect();
      for (let y = Math.max(0, box.top) + 2; y < Math.min(h, box.bottom) - 2; y += 4) {
        const x = box.left + box.width * 0.75;
        const hit = document.elementFromPoint(x, y);
        if (hit && map.contains(hit)) mapRows++;
      }
    }
    // Every line of the summary, at both ends and the middle: all must be its own.
    let summaryHidden = summary ? 0 : -1;
    let summaryLines = 0;
    if (summary)
      for (const line of summary.getClientRects()) {
        summaryLines++;
        for (const fx of [0.02, 0.5, 0.98]) {
          const x = line.left + line.width * fx;
          const y = line.top + line.height / 2;
          const hit = x >= 0 && y >= 0 && x < w && y < h ? document.elementFromPoint(x, y) : null;
          if (!hit || !summary.contains(hit)) summaryHidden++;
        }
      }
    const next = [...document.querySelectorAll('.timeline__step')].at(-1)?.getBoundingClientRect();
    return {
      mapVisiblePx: mapRows * 4,
      summaryLines,
      summaryHidden,
      nextTop: next?.top ?? -1,
      nextBottom: next?.bottom ?? -1,
      scrollY: window.scrollY,
      height: h,
    };
  });
}

/** Checks the picture after a step: map and summary together, stepper in reach. */
export async function expectTogether(page: Page, eventId: string, phone: boolean) {
  const seen = await onScreen(page);
  const where = `${eventId}: ${JSON.stringify(seen)}`;
  expect(seen.summaryLines, `${where}`).toBeGreaterThan(0);
  expect(seen.summaryHidden, `summary hidden at ${where}`).toBe(0);
  // At least a third of a phone's screen; on desktop, a good share beside the event card.
  expect(seen.mapVisiblePx, `map at ${where}`).toBeGreaterThanOrEqual(
    phone ? seen.height / 3 : seen.height / 4,
  );
  expect(seen.nextBottom, `${where}`).toBeLessThanOrEqual(seen.height);
  // In view; on a phone, within thumb reach: the bottom quarter of the screen.
  expect(seen.nextTop, `${where}`).toBeGreaterThanOrEqual(phone ? seen.height * 0.75 : 0);
  return seen;
}

export const historyLength = (page: Page) => page.evaluate(() => history.length);

/** Whether an element is wholly inside the viewport. */
export const inView = (locator: Locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });

/** The event at a place nearest in timeline order to another (the earlier on a tie). */
export function nearestAt(placeId: string, fromId: string): string {
  const from = events.findIndex((e) => e.id === fromId);
  const here = eventsAtPlace(placeId);
  const distance = (id: string) => Math.abs(events.findIndex((e) => e.id === id) - from);
  return here.reduce((best, e) => (distance(e.id) < distance(best.id) ? e : best)).id;
}

/**
 * Waits until the open popup has stopped moving: it has its content, the map is not
 * aria-busy, and the popup's box (and the page's scroll) is the same in two looks a poll
 * apart, each after a painted frame.
 */
export async function waitForPopupToSettle(page: Page): Promise<void> {
  let last = '';
  const isStill = async () => {
    const now = await page.evaluate(async () => {
      await new Promise(requestAnimationFrame);
      const map = document.querySelector('.leaflet-container');
      const popup = document.querySelector('.leaflet-popup:has(.place-popup)');
      if (!popup || map?.getAttribute('aria-busy') !== 'false') return 'moving';
      const { x, y, width, height } = popup.getBoundingClientRect();
      return JSON.stringify([x, y, width, height, window.scrollX, window.scrollY]);
    });
    const isSame = now !== 'moving' && now === last;
    last = now;
    return isSame;
  };
  await expect.poll(isStill, { timeout: 10_000 }).toBe(true);
}

/** The popup, the map and the zoom buttons' boxes. */
export async function popupLayout(page: Page) {
  const [popup, map, zoom] = await Promise.all([
    page.locator('.leaflet-popup').boundingBox(),
    page.locator('.leaflet-container').boundingBox(),
    page.locator('.leaflet-control-zoom').boundingBox(),
  ]);
  const window = page.viewportSize();
  if (!popup || !map || !zoom || !window) return 'missing';
  // Inside the map's frame, and inside the window (the frame may run past its bottom).
  const inside =
    popup.x >= map.x &&
    popup.y >= Math.max(map.y, 0) &&
    popup.x + popup.width <= map.x + map.width &&
    popup.y + popup.height <= Math.min(map.y + map.height, window.height);
  const clearOfZoom =
    popup.x >= zoom.x + zoom.width ||
    popup.y >= zoom.y + zoom.height ||
    popup.x + popup.width <= zoom.x ||
    popup.y + popup.height <= zoom.y;
  // Its × is not under anything (the scale bar in the corner, say): a tap there closes it.
  const isCloseOnTop = await page
    .locator('.leaflet-popup-close-button')
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return el.contains(
        document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2),
      );
    })
    .catch(() => false);
  // The selected event, if the popup lists it, shows below the place's name, which stays
  // at the top of the list as it scrolls: not under it, and not past the list's end.
  const isSelectedSeen = await page
    .locator('.leaflet-popup')
    .evaluate((el) => {
      const item = el.querySelector('button[aria-current="true"]')?.getBoundingClientRect();
      const name = el.querySelector('.place-popup__name')?.getBoundingClientRect();
      const list = el.querySelector('.leaflet-popup-content')?.getBoundingClientRect();
      return !item || !name || !list || (item.top >= name.bottom - 1 && item.top < list.bottom);
    })
    .catch(() => false);
  return inside && clearOfZoom && isCloseOnTop && isSelectedSeen
    ? 'inside, clear of the controls'
    : JSON.stringify({ popup, map, isCloseOnTop, isSelectedSeen });
}
