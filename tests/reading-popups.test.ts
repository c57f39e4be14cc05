// The reading experience at a place: each place's popup opens fully inside the map, clear
// of its controls, with focus on a visible item, on desktop and phone.
import { describe, expect, it } from 'vitest';
import { events, eventsAtPlace, getPlace, places } from '../src/data/index.ts';
import { PHONE, setUpBriefing } from './support/harness.ts';
import { handleOf, openPopup, waitForMapToSettle } from './support/map.ts';
import { popupLayout, reduce } from './support/reading.ts';
import { expectSelected } from './support/selection.ts';

const app = setUpBriefing();

describe.each([
  ['desktop', { context: reduce }],
  ['phone', { context: { ...reduce, ...PHONE } }],
] as const)('popups (%s)', (_name, options) => {
  // One page walks every place: each is reached as Back or Forward would reach it (the
  // address changes, then popstate), so only the first costs a page load.
  it('every place’s popup, opened from the keyboard: fully inside the map, clear of the controls, focus on a visible item', async () => {
    const { page } = await app.open('', options);
    // The reader asked for less motion: Leaflet's own pans (a popup pulled into view, a
    // focused place near an edge) happen at once, never as a sliding animation.
    await page.evaluate(() => {
      const pane = document.querySelector('.leaflet-map-pane')!;
      const pans = { slid: 0 };
      new MutationObserver(() => {
        if (pane.classList.contains('leaflet-pan-anim')) pans.slid++;
      }).observe(pane, { attributes: true, attributeFilter: ['class'] });
      Object.assign(window, { pans });
    });
    for (const place of places) {
      const eventId = eventsAtPlace(place.id)[0]!.id;
      await page.evaluate((id) => {
        history.pushState(null, '', `?event=${id}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, eventId);
      await expectSelected(page, eventId);
      await waitForMapToSettle(page);
      await handleOf(page, place).focus();
      await page.keyboard.press('Enter');
      await openPopup(page).waitFor();
      await expect
        .poll(() => popupLayout(page), { message: place.id })
        .toBe('inside, clear of the controls');
      const focus = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          const content = el?.closest('.leaflet-popup-content')?.getBoundingClientRect();
          const box = el?.getBoundingClientRect();
          if (!el?.closest('.place-popup') || !content || !box) return 'not in the popup';
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return box.top >= content.top - 1 && box.bottom <= content.bottom + 1 && el.contains(hit)
            ? `visible, current=${el.getAttribute('aria-current')}`
            : `hidden under ${hit?.className}`;
        });
      await expect.poll(focus, { message: place.id }).toBe('visible, current=true');
      // Its pin is where the reader sees it, under the popup's tip and again once it is
      // closed: in the window, not cut by its edge. (An area's label may take another of
      // its spots, under the popup or once it is gone.)
      const height = page.viewportSize()!.height;
      const isInWindow = async () => {
        const box = await handleOf(page, place).boundingBox();
        return !!box && box.y >= 0 && box.y + box.height <= height;
      };
      const isPinInWindow = async () => place.kind !== 'point' || (await isInWindow());
      expect({ [place.id]: await isPinInWindow() }).toEqual({ [place.id]: true });
      await page.keyboard.press('Escape');
      await openPopup(page).waitFor({ state: 'detached' });
      await expect.poll(isPinInWindow, { message: place.id }).toBe(true);
    }
    expect(await page.evaluate(() => (window as unknown as { pans: object }).pans)).toEqual({
      slid: 0,
    });
  });
});

describe('a popup’s ×', () => {
  it.each([
    ['clicked', false],
    ['pressed with Enter', true],
  ] as const)(
    '%s: closes it and hands focus back to the place that opened it',
    async (_name, byKey) => {
      const { id } = events.find((event) => event.placeIds.length > 0)!;
      const place = getPlace(events.find((event) => event.id === id)!.placeIds[0]!)!;
      const { page } = await app.open(`?event=${id}`, { context: reduce });
      await waitForMapToSettle(page);
      const handle = handleOf(page, place);
      if (byKey) {
        await handle.focus();
        await page.keyboard.press('Enter');
      } else await handle.click();
      await openPopup(page).waitFor();
      const close = page.locator('.leaflet-popup-close-button');
      if (byKey) {
        await close.focus();
        await page.keyboard.press('Enter');
      } else await close.click();
      await openPopup(page).waitFor({ state: 'detached' });
      await expect.poll(() => handle.evaluate((el) => el === document.activeElement)).toBe(true);
    },
  );
});
