// The reading experience at a place: each place's popup opens fully inside the map, clear
// of its controls, with focus on a visible item, on desktop and phone.
import { describe, expect, it } from 'vitest';
import { eventsAtPlace, getPlace, places } from '../src/data/index.ts';
import { PHONE, setUpBriefing } from './support/harness.ts';
import { handleOf, openPopup, waitForMapToSettle } from './support/map.ts';
import { popupLayout, reduce } from './support/reading.ts';

const app = setUpBriefing();

describe.each([
  ['desktop', { context: reduce }],
  ['phone', { context: { ...reduce, ...PHONE } }],
] as const)('popups (%s)', (_name, options) => {
  it.each(places.map((p) => [p.name, p.id] as const))(
    '%s: opened from the keyboard, fully inside the map, clear of the controls, focus on a visible item',
    async (_place, placeId) => {
      const place = getPlace(placeId)!;
      const { page } = await app.open(`?event=${eventsAtPlace(placeId)[0]!.id}`, options);
      await waitForMapToSettle(page);
      await handleOf(page, place).focus();
      await page.keyboard.press('Enter');
      await openPopup(page).waitFor();
      await expect.poll(() => popupLayout(page)).toBe('inside, clear of the controls');
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
      await expect.poll(focus).toBe('visible, current=true');
    },
  );
});
