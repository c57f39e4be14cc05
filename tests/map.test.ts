// The map's pins and area labels, by mouse and by keyboard, and their popups.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  events,
  eventsAtPlace,
  formatShortDate,
  getPlace,
  places,
  placesOfEvent,
} from '../src/data/index.ts';
import { setUpBriefing } from './support/harness.ts';
import {
  handleOf,
  isInsideMap,
  openPopup,
  pointInsideArea,
  popupButtons,
  waitForMapToSettle,
  zoomOutUntilVisible,
} from './support/map.ts';
import { waitForPopupToSettle } from './support/reading.ts';
import { expectNothingSelected, expectSelected, placeLabel, stepper } from './support/selection.ts';

const app = setUpBriefing();

/** The popup's buttons for a place, the first one current: what activating a place shows. */
function expectedPopup(placeId: string, currentId: string): [string, string | null][] {
  return eventsAtPlace(placeId).map((e) => [
    `${formatShortDate(e.date)}: ${e.title}`,
    e.id === currentId ? 'true' : null,
  ]);
}

function mustGetPlace(placeId: string) {
  const place = getPlace(placeId);
  if (!place) throw new Error(`No place ${placeId}`);
  return place;
}

function firstEventAt(placeId: string): string {
  const first = eventsAtPlace(placeId)[0];
  if (!first) throw new Error(`No event at ${placeId}`);
  return first.id;
}

describe('every place on the map', () => {
  it('has one handle per place, named with its event count', async () => {
    const { page } = await app.open();
    const names = await page
      .locator('.leaflet-marker-icon[role="button"]')
      .evaluateAll((els) => els.map((el) => el.querySelector('.visually-hidden')?.textContent));
    expect(names.toSorted()).toEqual(places.map(placeLabel).toSorted());
    expect(await page.locator('.leaflet-marker-icon.place-pin').count()).toBe(
      places.filter((p) => p.kind === 'point').length,
    );
    expect(await page.locator('path.area').count()).toBe(
      places.filter((p) => p.kind === 'area').length,
    );
  });

  // One page for every place, reset between places with Overview (nothing selected, the
  // whole map): each place only repeats the same setup. Both ways in, as a reader would use
  // them: click, then the keyboard.
  it('a click selects its first event and opens its popup; Enter reopens it, Escape hands focus back', async () => {
    const { page } = await app.open();
    for (const place of places) {
      const first = firstEventAt(place.id);
      const handle = handleOf(page, place);
      await zoomOutUntilVisible(page, handle);
      await handle.click();

      await expectSelected(page, first);
      await openPopup(page).waitFor();
      expect(await openPopup(page).locator('h3').textContent()).toContain(place.name);
      expect(await popupButtons(page), `${place.name}`).toEqual(expectedPopup(place.id, first));
      expect(await handle.getAttribute('aria-current'), `${place.name}`).toBe('true');

      await page.keyboard.press('Escape');
      await openPopup(page).waitFor({ state: 'detached' });
      await handle.focus();
      await page.keyboard.press('Enter');
      await expectSelected(page, first);
      await openPopup(page).waitFor();
      expect(await popupButtons(page), `${place.name}`).toEqual(expectedPopup(place.id, first));
      // A popup opened from the keyboard takes focus, on the selected event.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('.place-popup') !== null), {
          message: `${place.name}: focus in the popup`,
        })
        .toBe(true);

      await page.keyboard.press('Escape');
      await openPopup(page).waitFor({ state: 'detached' });
      expect(await handle.evaluate((el) => el === document.activeElement), `${place.name}`).toBe(
        true,
      );

      await page.getByRole('button', { name: 'Overview' }).click();
      await expectNothingSelected(page);
      await waitForMapToSettle(page);
    }
  });
});

describe('pressing on a place', () => {
  it('never moves the map under the pointer before the click ends, at any event, however the names are placed', async () => {
    // A press focuses the handle. Leaflet panned a focused handle into the frame, measuring
    // its spot rather than the name as drawn, so a name at the frame's edge slid from under
    // the pointer and the click missed. (Reduced motion: the press and the check are as
    // quick as a tap.)
    const { page } = await app.open('');
    // Presses only: the click each one ends in is stopped before it reaches the map.
    await page.evaluate(() =>
      window.addEventListener(
        'click',
        (e) =>
          e.target instanceof Element &&
          e.target.closest('.leaflet-container') &&
          e.stopPropagation(),
        true,
      ),
    );
    const next = page.getByRole('button', { name: /^Next\b/ });
    const pane = page.locator('.leaflet-map-pane');
    const moved: string[] = [];
    let pressed = 0;
    for (const event of events) {
      await next.click();
      await expectSelected(page, event.id);
      await waitForMapToSettle(page);
      for (const place of places) {
        const handle = handleOf(page, place);
        if (!(await handle.isVisible())) continue;
        const box = (await handle.boundingBox())!;
        const before = await pane.getAttribute('style');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
        if ((await pane.getAttribute('style')) !== before) moved.push(`${event.id}: ${place.id}`);
        await page.mouse.up();
        pressed++;
      }
    }
    expect(moved).toEqual([]);
    expect(pressed).toBeGreaterThan(events.length);
  });
});

describe('clicking inside an area’s shading', () => {
  const areas = places.filter((p) => p.kind === 'area');
  // One page for every area, reset between them with Overview, as above.
  it('selects the area’s first event and opens its popup', async () => {
    expect(areas.length).toBeGreaterThan(0);
    const { page } = await app.open();
    await page.locator('.leaflet-container').scrollIntoViewIfNeeded();
    for (const { id: placeId, name } of areas) {
      let point = await pointInsideArea(page, placeId);
      if (!point?.topmost) {
        // Too small at the regional scale (central Caracas): look from the city view.
        await page.getByRole('button', { name: 'Caracas', exact: true }).click();
        await waitForMapToSettle(page);
        point = await pointInsideArea(page, placeId);
      }
      if (!point) throw new Error(`No point of ${placeId}'s shading is in view`);
      // A point inside this area's outline; if another area is drawn over it, the click
      // still has to reach this area (the failure then names the event selected instead).
      await page.mouse.click(point.x, point.y);

      await expectSelected(page, firstEventAt(placeId));
      await openPopup(page).waitFor();
      expect(await popupButtons(page), `${name}`).toEqual(
        expectedPopup(placeId, firstEventAt(placeId)),
      );

      await page.keyboard.press('Escape');
      await openPopup(page).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Overview' }).click();
      await expectNothingSelected(page);
      await waitForMapToSettle(page);
    }
  });
});

describe('popups', () => {
  it('a popup button selects its event', async () => {
    const { page } = await app.open();
    const caracas = mustGetPlace('caracas');
    const [first, second] = eventsAtPlace('caracas');
    if (!first || !second) throw new Error('Caracas needs two events for this test');

    await handleOf(page, caracas).click();
    await expectSelected(page, first.id);
    await openPopup(page)
      .getByRole('button', { name: `${formatShortDate(second.date)}: ${second.title}` })
      .click();

    await expectSelected(page, second.id);
    await expect.poll(() => popupButtons(page)).toEqual(expectedPopup('caracas', second.id));
  });

  it('activating a place whose event is already selected keeps the selection', async () => {
    // A later event in Caracas, not the one a click would pick on its own.
    const later = eventsAtPlace('caracas').at(-1)!;
    expect(later.id).not.toBe(firstEventAt('caracas'));
    const { page } = await app.open(`?event=${later.id}`);
    const caracas = handleOf(page, mustGetPlace('caracas'));
    expect(await isInsideMap(page, caracas)).toBe(true);
    await caracas.click();
    await openPopup(page).waitFor();
    await expectSelected(page, later.id);
    expect(await popupButtons(page)).toEqual(expectedPopup('caracas', later.id));
  });
});

describe('the map frames what is selected', () => {
  // The first selection adds the event card above the map, which shrinks the map's frame;
  // Leaflet must measure again before it aims, or the place lands off-centre or outside.
  it.each([
    ['the Caribbean label', 'caribbean-sea'],
    ['the central Caracas label', 'central-caracas'],
  ])('after the first selection, %s is inside the map', async (_name, placeId) => {
    const { page } = await app.open();
    const place = getPlace(placeId);
    if (!place) throw new Error(`No place ${placeId}`);
    await page.getByRole('navigation', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    await page
      .getByRole('navigation', { name: 'Timeline' })
      .getByRole('link', { name: new RegExp(eventsAtPlace(placeId)[0]!.title) })
      .click();
    await expectSelected(page, firstEventAt(placeId));
    await waitForMapToSettle(page);
    expect(await isInsideMap(page, handleOf(page, place))).toBe(true);
  });

  it('a popup opened with the selection fits inside the map once it lands', async () => {
    const { page } = await app.open();
    const caracas = getPlace('caracas');
    if (!caracas) throw new Error('No place caracas');
    await handleOf(page, caracas).click();
    await expectSelected(page, firstEventAt('caracas'));
    await waitForMapToSettle(page);
    // All of it, title included: a popup poking above the frame is cut off there.
    const wholeInside = async () => {
      const [popup, map] = await Promise.all([
        page.locator('.leaflet-popup').boundingBox(),
        page.locator('.leaflet-container').boundingBox(),
      ]);
      return (
        !!popup &&
        !!map &&
        popup.y >= map.y &&
        popup.x >= map.x &&
        popup.y + popup.height <= map.y + map.height &&
        popup.x + popup.width <= map.x + map.width
      );
    };
    await expect.poll(wholeInside).toBe(true);
  });
});

/** The map frame's size on the page, in CSS pixels. */
const frameSize = (page: Page) =>
  page.locator('.leaflet-container').evaluate((el) => {
    const { width, height } = el.getBoundingClientRect();
    return `${width}×${height}`;
  });

describe('the map between two events', () => {
  it.each(['', 'es/'])(
    'keeps its frame at every event, so nothing under it moves (edition "%s")',
    async (edition) => {
      const { page } = await app.open(`${edition}?event=${events[0]!.id}`, { waitForMap: false });
      await page
        .locator('.leaflet-container .leaflet-marker-icon')
        .first()
        .waitFor({ state: 'attached' });
      const next = page
        .locator('.timeline__bar')
        .getByRole('button', { name: /^(Next|Siguiente)/ });
      const first = await frameSize(page);
      const sizes = new Set([first]);
      for (const event of events.slice(1)) {
        await next.click();
        await expect.poll(() => page.url()).toContain(`event=${event.id}`);
        sizes.add(await frameSize(page));
      }
      expect([...sizes]).toEqual([first]);
    },
  );

  // The events the map centres on one pin: its spot is the frame's middle.
  const onOnePin = events.filter((e) => {
    const [only, ...more] = placesOfEvent(e);
    return only?.kind === 'point' && more.length === 0;
  });

  it('if the frame changes size all the same, the map aims again at the new size', async () => {
    expect(onOnePin.length).toBeGreaterThan(0);
    const { page } = await app.open(`?event=${events[0]!.id}`, { context: { bypassCSP: true } });
    // The card as tall as its text, as it once was: the frame changes at most steps, and
    // the map aimed with Leaflet's last known size would centre the pin off the middle.
    await page.addStyleTag({ content: '.event-detail { height: auto !important; }' });
    const { next } = stepper(page);
    let size = await frameSize(page);
    let resizedAtAPin = 0;
    for (const event of events.slice(1)) {
      await next.click();
      await expectSelected(page, event.id);
      await waitForMapToSettle(page);
      const before = size;
      size = await frameSize(page);
      if (!onOnePin.includes(event)) continue;
      if (size !== before) resizedAtAPin++;
      const [place] = placesOfEvent(event);
      const offset = await handleOf(page, place!)
        .locator('.place-pin__dot')
        .evaluate((dot) => {
          const map = dot.closest('.leaflet-container')!.getBoundingClientRect();
          const d = dot.getBoundingClientRect();
          return {
            dx: d.left + d.width / 2 - (map.left + map.width / 2),
            dy: d.top + d.height / 2 - (map.top + map.height / 2),
          };
        });
      expect(
        Math.hypot(offset.dx, offset.dy) < 2
          ? 'centred'
          : `${event.id} off by ${offset.dx}, ${offset.dy}`,
      ).toBe('centred');
    }
    // The frame changed size at a step to a pin at least once, or this shows nothing.
    expect(resizedAtAPin).toBeGreaterThan(0);
  });

  it('if the frame changes size all the same, an open popup still fits once the map lands', async () => {
    const placeId = 'caracas';
    const atPlace = eventsAtPlace(placeId);
    expect(atPlace.length).toBeGreaterThan(1);
    const { page } = await app.open(`?event=${atPlace[0]!.id}`, { context: { bypassCSP: true } });
    await page.addStyleTag({ content: '.event-detail { height: auto !important; }' });
    await handleOf(page, mustGetPlace(placeId)).click();
    await openPopup(page).waitFor();
    let resized = 0;
    for (const event of atPlace.slice(1)) {
      const before = await frameSize(page);
      await openPopup(page)
        .getByRole('button', {
          name: `${formatShortDate(event.date)}: ${event.title}`,
          exact: true,
        })
        .click();
      await expectSelected(page, event.id);
      await waitForPopupToSettle(page);
      if ((await frameSize(page)) !== before) resized++;
      const inside = await page.evaluate(() => {
        const popup = document.querySelector('.leaflet-popup')!.getBoundingClientRect();
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        return (
          popup.top >= map.top - 1 &&
          popup.left >= map.left - 1 &&
          popup.bottom <= map.bottom + 1 &&
          popup.right <= map.right + 1
        );
      });
      expect(inside ? 'inside' : `${event.id}: popup past the map`).toBe('inside');
    }
    expect(resized).toBeGreaterThan(0);
  });
});

describe('a popup and a selection elsewhere', () => {
  it('stepping to an event at another place closes the popup and the map follows the event', async () => {
    const { page } = await app.open();
    const caribbean = getPlace('caribbean-sea');
    const caracas = getPlace('caracas');
    if (!caribbean || !caracas) throw new Error('Missing places');
    await handleOf(page, caribbean).click();
    const first = firstEventAt('caribbean-sea');
    await expectSelected(page, first);
    await openPopup(page).waitFor();

    // Find the next event that happened somewhere else, and step to it.
    const from = events.findIndex((e) => e.id === first);
    const elsewhere = events.findIndex(
      (e, i) => i > from && !(e.placeIds as readonly string[]).includes('caribbean-sea'),
    );
    const target = events[elsewhere]!;
    for (let i = from; i < elsewhere; i++)
      await page.getByRole('button', { name: /^next/i }).click();
    await expectSelected(page, target.id);
    await waitForMapToSettle(page);

    expect(await openPopup(page).count()).toBe(0);
    expect(target.placeIds).toContain('caracas');
    expect(await isInsideMap(page, handleOf(page, caracas))).toBe(true);
  });
});
