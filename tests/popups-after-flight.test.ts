// A place clicked with motion on: the map flies to the place's event, and the popup opens
// where it lands, fully inside the part of the map the reader sees and clear of its
// controls. (It once opened as the flight took off: a pan in progress, which a flight
// stops, ended with a moveend taken for the landing. Leaflet's pan of a clicked place into
// view was such a pan; places no longer pan on a click, so this now guards the popup's
// place after a flight in general.)
import { describe, expect, it } from 'vitest';
import { places } from '../src/data/index.ts';
import { PHONE, setUpBriefing } from './support/harness.ts';
import { handleOf, openPopup, waitForMapToSettle, zoomOutUntilVisible } from './support/map.ts';
import { motion, popupLayout, waitForPopupToSettle } from './support/reading.ts';

const app = setUpBriefing();

describe.each([
  ['desktop', { context: motion }],
  ['phone', { context: { ...motion, ...PHONE } }],
] as const)('popups after a flight (%s)', (name, options) => {
  /** Where the place's popup ends, or null if the first view does not show the place. */
  const afterClicking = async (place: (typeof places)[number]) => {
    const { page, context } = await app.open('', options);
    try {
      await waitForMapToSettle(page);
      const handle = handleOf(page, place);
      // A name with no room at the first view is not shown, so a reader cannot click it
      // there (a phone's Caribbean has none for central Caracas beside Caracas).
      if (!(await handle.isVisible())) return null;
      await zoomOutUntilVisible(page, handle);
      if (name === 'phone') await handle.tap();
      else await handle.click();
      await openPopup(page).waitFor();
      await waitForPopupToSettle(page);
      return await popupLayout(page);
    } finally {
      await context.close();
    }
  };

  it('every place the first view shows, clicked on a fresh page: the popup ends fully inside the map, clear of the controls', async () => {
    // A flight takes its time whatever the machine: a few pages fly at once.
    const ends: Record<string, unknown> = {};
    for (let i = 0; i < places.length; i += 4) {
      const batch = places.slice(i, i + 4);
      const layouts = await Promise.all(batch.map(afterClicking));
      batch.forEach((place, j) => {
        if (layouts[j] !== null) ends[place.id] = layouts[j];
      });
    }
    const clicked = Object.keys(ends);
    expect(ends).toEqual(
      Object.fromEntries(clicked.map((id) => [id, 'inside, clear of the controls'])),
    );
    // Most places are there to click (not a test that passes for want of any).
    expect(clicked.length).toBeGreaterThan(places.length / 2);
  });
});
