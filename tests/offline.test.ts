// Offline and failing networks: the briefing needs nothing but its own files.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { events, eventsAtPlace, getPlace } from '../src/data/index.ts';
import { isOffsite, PHONE, setUpBriefing, waitForPlaces } from './support/harness.ts';
import { handleOf, openPopup, waitForMapToSettle } from './support/map.ts';
import { expectSelected, stepper } from './support/selection.ts';

const app = setUpBriefing();

const TILES = '**/tile.openstreetmap.org/**';
const TILES_FAILED =
  'The street map is off: its tiles could not be loaded from OpenStreetMap (offline, or the tile server did not answer). The built-in map is shown.';
/** The map's chunk, under any query string (the retry asks for it under a fresh one). */
const MAP_CHUNK = (url: URL) => /\/assets\/BriefingMap-[\w-]+\.js$/.test(url.pathname);

/** The bundled basemap's land shapes: how many, and the length of the longest outline. */
function basemapLand(page: Page, pane = '.leaflet-basemap-pane') {
  return page.locator(`${pane} path.basemap-land`).evaluateAll((paths) => ({
    count: paths.length,
    longest: Math.max(0, ...paths.map((p) => p.getAttribute('d')?.length ?? 0)),
    painted: paths.every((p) => getComputedStyle(p).fill !== 'none'),
  }));
}

const offsite = (requests: readonly string[]) => requests.filter((url) => isOffsite(new URL(url)));

describe('offline', () => {
  it('a full walk works on 127.0.0.1 alone and never tries another host', async () => {
    const { page, requests } = await app.open();
    const land = await basemapLand(page);
    expect(land.count).toBeGreaterThan(0);
    expect(land.longest).toBeGreaterThan(1_000);
    expect(land.painted).toBe(true);
    expect(await page.locator('.leaflet-basemap-pane path.basemap-coast').count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator('.leaflet-basemap-pane path.basemap-border').count()).toBeGreaterThan(
      0,
    );

    const { next } = stepper(page);
    for (const event of events) {
      await next.click();
      await expectSelected(page, event.id);
    }

    // The Caracas view swaps in the detailed coast, also bundled.
    await page.getByRole('button', { name: 'Caracas', exact: true }).click();
    // Its 1:10m land, written once (FixedShapes.tsx), in a pane of its own.
    const detail = () => basemapLand(page, '.leaflet-basemap-detail-pane');
    await expect.poll(async () => (await detail()).count, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await detail()).toMatchObject({ painted: true });
    expect((await detail()).longest).toBeGreaterThan(40);
    await page.getByRole('button', { name: 'Caribbean', exact: true }).click();

    // A place's popup, and the list of places.
    const caribbean = getPlace('caribbean-sea');
    if (!caribbean) throw new Error('No caribbean-sea place');
    await waitForMapToSettle(page);
    await handleOf(page, caribbean).click();
    await openPopup(page).waitFor();
    await page.locator('details.place-list summary').click();
    const firstAtVenezuela = eventsAtPlace('venezuela')[0]!;
    await page
      .locator('details.place-list')
      .getByRole('button', { name: new RegExp(firstAtVenezuela.title) })
      .click();
    await expectSelected(page, firstAtVenezuela.id);

    await page.getByRole('link', { name: 'Download the data' }).isVisible();
    expect(offsite(requests)).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
  });
});

describe('street tiles against a failing tile server', () => {
  it.each([
    ['aborted', undefined],
    ['HTTP 500', 500],
  ])(
    '%s: the box unticks itself, the notice says why, the credit goes, the basemap stays',
    async (_, status) => {
      const { page, requests } = await app.open('', {
        expectedErrors: [/tile\.openstreetmap\.org/],
        beforeGoto: async (p) => {
          if (status) await p.route(TILES, (route) => route.fulfill({ status, body: 'down' }));
        },
      });
      const checkbox = page.getByRole('checkbox', { name: 'Street map (online)' });
      const notice = page.locator('.map-toolbar__notice');
      expect(await notice.getAttribute('role')).toBe('status');
      expect(await notice.textContent()).toBe('');
      expect(await checkbox.isChecked()).toBe(false);
      expect(offsite(requests)).toEqual([]);

      const credits = page.locator('.leaflet-control-attribution');
      expect(await credits.textContent()).not.toContain('OpenStreetMap');
      // click, not check(): check() insists the box stays ticked, and here it must not.
      await checkbox.click();
      await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toBe(TILES_FAILED);
      expect(await notice.isVisible()).toBe(true);
      // Off again, with nothing left of the layer: no tiles and no OpenStreetMap credit.
      expect(await checkbox.isChecked()).toBe(false);
      expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
      expect(await credits.textContent()).not.toContain('OpenStreetMap');
      expect(await credits.textContent()).toContain('GeoNames');
      // The switch really asked the tile server (so the offline test above can fail).
      expect(offsite(requests).length).toBeGreaterThan(0);
      expect(
        offsite(requests).every((url) => url.startsWith('https://tile.openstreetmap.org/')),
      ).toBe(true);
      const land = await basemapLand(page);
      expect(land.count).toBeGreaterThan(0);
      expect(land.longest).toBeGreaterThan(1_000);
      // And on screen, under the failed tiles.
      const landPaths = page.locator('.leaflet-basemap-pane path.basemap-land');
      expect(await landPaths.filter({ visible: true }).count()).toBeGreaterThan(0);

      // Trying again asks the tile server again, and ends the same way.
      const asked = offsite(requests).length;
      await checkbox.click();
      await expect.poll(() => offsite(requests).length).toBeGreaterThan(asked);
      await expect.poll(() => checkbox.isChecked()).toBe(false);
      expect(await notice.textContent()).toBe(TILES_FAILED);
    },
  );
});

describe('street tiles failing on a phone', () => {
  it('the notice takes a line of its own under the toolbar, and nothing runs off the screen', async () => {
    const { page } = await app.open('', {
      context: PHONE,
      expectedErrors: [/tile\.openstreetmap\.org/],
    });
    await page.getByRole('checkbox', { name: 'Street map (online)' }).tap();
    const notice = page.locator('.map-toolbar__notice');
    await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toBe(TILES_FAILED);
    const [box, frame] = await Promise.all([
      notice.boundingBox(),
      page.locator('.map-frame').boundingBox(),
    ]);
    // As wide as the map: a line of its own, not a column squeezed beside the switch.
    expect(box!.width).toBeGreaterThan(frame!.width - 2);
    const { width } = page.viewportSize()!;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    const toggle = await stepper(page).toggle.boundingBox();
    expect(toggle!.x + toggle!.width).toBeLessThanOrEqual(width);
  });
});

describe('the map chunk failing to load', () => {
  it('shows an alert and a retry, the rest keeps working, and retry brings the map', async () => {
    const { page } = await app.open('', {
      waitForMap: false,
      expectedErrors: [/BriefingMap-[\w-]+\.js/, /dynamically imported module/],
      beforeGoto: async (p) => {
        await p.route(MAP_CHUNK, (route) => route.abort());
      },
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The map could not be loaded');
    const retry = page.getByRole('button', { name: 'Try loading the map again' });
    expect(await retry.isVisible()).toBe(true);
    expect(await page.locator('.leaflet-container').count()).toBe(0);

    const { next } = stepper(page);
    await next.click();
    await expectSelected(page, events[0]!.id, { hasMap: false });
    await next.click();
    await expectSelected(page, events[1]!.id, { hasMap: false });

    await page.unroute(MAP_CHUNK);
    await retry.click();
    await waitForPlaces(page);
    expect(await alert.count()).toBe(0);
    await expectSelected(page, events[1]!.id);
  });
});
