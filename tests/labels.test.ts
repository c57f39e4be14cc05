// The map's names, measured in Chromium: at both preset views and at every step, none
// covers another and none is cut by the map's edge; the Caracas view names the city's
// surroundings and has a scale. And the reader cannot reach the basemap's edge.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { events } from '../src/data/index.ts';
import { CARACAS_VIEW } from '../src/features/map/geometry.ts';
import { DESKTOP, PHONE, setUpBriefing } from './support/harness.ts';
import { waitForMapToSettle } from './support/map.ts';
import { expectSelected, stepper } from './support/selection.ts';

const app = setUpBriefing();

const SCREENS = [
  ['desktop', { viewport: DESKTOP, reducedMotion: 'reduce' }],
  ['phone', { ...PHONE, reducedMotion: 'reduce' }],
] as const;

const mapOf = (page: Page) => page.getByRole('group', { name: /^Interactive map/ });

/** Waits until the map has stopped moving and its names are placed (it is no longer aria-busy). */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => mapOf(page).getAttribute('aria-busy'), { interval: 50 }).toBe('false');
}

interface Label {
  readonly text: string;
  readonly kind: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly fontSize: number;
}

/** Every name a reader can see on the map: story places, areas, and the basemap's names. */
function shownLabels(page: Page): Promise<{ labels: Label[]; frame: DOMRect }> {
  return mapOf(page).evaluate((map) => {
    const selector = '.area-label__text, .place-pin__name, [data-label]';
    const labels = [...map.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || r.width === 0 || r.height === 0) return [];
      const kind = el.dataset.label ?? el.className;
      const { left, top, right, bottom } = r;
      return [
        {
          text: el.textContent ?? '',
          kind,
          left,
          top,
          right,
          bottom,
          fontSize: parseFloat(style.fontSize),
        },
      ];
    });
    return { labels, frame: map.getBoundingClientRect().toJSON() as DOMRect };
  });
}

/** What is wrong with the names as shown: each overlap, and each name the frame cuts. */
async function labelProblems(page: Page): Promise<string[]> {
  const { labels, frame } = await shownLabels(page);
  const problems: string[] = [];
  // Half a pixel of slack for sub-pixel rounding of text boxes.
  const e = 0.5;
  const onMap = labels.filter(
    (l) =>
      l.right > frame.left && l.left < frame.right && l.bottom > frame.top && l.top < frame.bottom,
  );
  for (const l of onMap)
    if (
      l.left < frame.left - e ||
      l.top < frame.top - e ||
      l.right > frame.right + e ||
      l.bottom > frame.bottom + e
    )
      problems.push(`“${l.text}” is cut by the map’s edge`);
  onMap.forEach((a, i) => {
    for (const b of onMap.slice(i + 1))
      if (
        a.left < b.right - e &&
        b.left < a.right - e &&
        a.top < b.bottom - e &&
        b.top < a.bottom - e
      )
        problems.push(`“${a.text}” overlaps “${b.text}”`);
  });
  return problems;
}

async function expectLegibleLabels(page: Page): Promise<void> {
  await settled(page);
  await expect.poll(() => labelProblems(page)).toEqual([]);
}

async function showCaracas(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Caracas', exact: true }).click();
  await settled(page);
}

describe.each(SCREENS)('names on the map, %s', (_screen, context) => {
  it('zoomed out as far as the map goes, the scale bar’s words fit on their bars', async () => {
    const { page } = await app.open('', { context });
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    while ((await zoomOut.getAttribute('aria-disabled')) !== 'true') {
      await zoomOut.click();
      await waitForMapToSettle(page);
    }
    const bars = await page
      .locator('.leaflet-control-scale-line')
      .evaluateAll((lines) =>
        lines.map(
          (el) => `${el.textContent}: ${el.scrollWidth <= el.clientWidth ? 'fits' : 'runs over'}`,
        ),
      );
    expect(bars.length).toBe(2);
    expect(bars.filter((bar) => !bar.endsWith('fits'))).toEqual([]);
  });

  it('at the Caracas view: at least 8 of the city’s places are named, legibly, with a scale', async () => {
    const { page } = await app.open('', { context });
    await showCaracas(page);
    await expectLegibleLabels(page);
    const towns = async () => {
      const { labels, frame } = await shownLabels(page);
      return labels.filter(
        (l) =>
          l.kind === 'town' &&
          l.fontSize >= 12 &&
          l.left >= frame.left &&
          l.right <= frame.right &&
          l.top >= frame.top &&
          l.bottom <= frame.bottom,
      );
    };
    await expect.poll(async () => (await towns()).length).toBeGreaterThanOrEqual(8);
    // The city's couple of hundred names are all made by now; those not shown are out of the
    // page's layout (each laid-out one costs every step), and those shown are in it.
    const names = await mapOf(page).evaluate((map) =>
      [...map.querySelectorAll<HTMLElement>('[data-label]')].map((el) => ({
        isShown: getComputedStyle(el).visibility === 'visible',
        isLaidOut: el.getClientRects().length > 0,
      })),
    );
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => n.isShown !== n.isLaidOut)).toEqual([]);
    // The pin's name and central Caracas's label both show, apart (no overlap, checked above).
    const { labels } = await shownLabels(page);
    expect(labels.map((l) => l.text)).toEqual(
      expect.arrayContaining(['Caracas', 'Central Caracas · approx.']),
    );
    // Basemap context only: no clicks, no focus, nothing for a screen reader.
    const townMarkers = page.locator('.basemap-label--town');
    expect(await townMarkers.count()).toBeGreaterThan(0);
    const reachable = await townMarkers.evaluateAll((els) =>
      els.filter(
        (el) =>
          el.hasAttribute('tabindex') ||
          getComputedStyle(el).pointerEvents !== 'none' ||
          el.querySelector('[aria-hidden="true"]') === null,
      ),
    );
    expect(reachable).toEqual([]);
    const scale = await page.locator('.leaflet-control-scale').textContent();
    expect(scale).toMatch(/\d+ k?m/);
    expect(scale).toMatch(/\d+ (mi|ft)/);

    // Out from the city to zoom 7, below the 1:10m detail (zoom 8 on): the region's big
    // cities, whose names wait for zoom 5 or 6.5 (scripts/towns.ts), are named around
    // Caracas; out to zoom 4 they are all hidden again.
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    const townNames = async () =>
      (await shownLabels(page)).labels.filter((l) => l.kind === 'town').map((l) => l.text);
    const zoomOutTo = async (target: number, from: number) => {
      for (let zoom = from; zoom > target; zoom--) {
        await zoomOut.click();
        await settled(page);
      }
    };
    await zoomOutTo(7, CARACAS_VIEW.zoom);
    await expect.poll(townNames).not.toEqual([]);
    await zoomOutTo(4, 7);
    await expect.poll(townNames).toEqual([]);
  });

  it('at the Caribbean view and at every step of the timeline: none overlaps another or is cut by the edge', async () => {
    const { page } = await app.open('', { context });
    await expectLegibleLabels(page);
    const { labels } = await shownLabels(page);
    // Some of GeoNames' capitals, and no town yet.
    expect(labels.some((l) => l.kind === 'capital')).toBe(true);
    expect(labels.some((l) => l.kind === 'town')).toBe(false);
    const { next } = stepper(page);
    for (const event of events) {
      await next.click();
      await expectSelected(page, event.id);
      await settled(page);
      await expect.poll(() => labelProblems(page)).toEqual([]);
    }
    // Once every place has been seen selected and not, a step places the names from the
    // view alone: nothing on the map is measured, so the step's layout is the frame's own.
    await page.evaluate(() => {
      const w = window as unknown as { mapReads: number };
      w.mapReads = 0;
      const read = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this.closest('.leaflet-container')) w.mapReads++;
        return read.call(this);
      };
    });
    await page.getByRole('button', { name: /Previous/ }).press('Home');
    await expectSelected(page, events[0]!.id);
    for (const event of events.slice(1, 5)) {
      await next.click();
      await expectSelected(page, event.id);
      await settled(page);
    }
    expect(await page.evaluate(() => (window as unknown as { mapReads: number }).mapReads)).toBe(0);
    // Back at the Caribbean view after the walk's city zooms, the towns are hidden again.
    await page.getByRole('button', { name: 'Caribbean', exact: true }).click();
    await expectLegibleLabels(page);
    const after = await shownLabels(page);
    expect(after.labels.filter((l) => l.kind === 'town').map((l) => l.text)).toEqual([]);
    expect(after.labels.some((l) => l.kind === 'capital')).toBe(true);
  });
});

/** Whether the whole map frame lies on the basemap (inside its sea-and-land extent). */
async function frameOnBasemap(page: Page): Promise<boolean> {
  const [extent, frame] = await Promise.all([
    page.locator('path.basemap-extent').boundingBox(),
    mapOf(page).boundingBox(),
  ]);
  if (!extent || !frame) return false;
  return (
    extent.x <= frame.x + 0.5 &&
    extent.y <= frame.y + 0.5 &&
    extent.x + extent.width >= frame.x + frame.width - 0.5 &&
    extent.y + extent.height >= frame.y + frame.height - 0.5
  );
}

describe('the lines on the map', () => {
  it('Venezuela is a shade with no outline of its own, and no shade at city zoom', async () => {
    const { page } = await app.open('', { context: SCREENS[0][1] });
    const venezuela = page.locator('path.area[data-place="venezuela"]');
    expect(await venezuela.evaluate((el) => getComputedStyle(el).stroke)).toBe('none');
    await showCaracas(page);
    // Its 1:110m outline would cut across the coast here; the 1:10m coast is drawn instead.
    expect(await venezuela.isVisible()).toBe(false);
    expect(await page.locator('.leaflet-basemap-detail-pane path.basemap-coast').count()).toBe(1);
    // Back out, the shade is there again (and Caracas's detail stays, under it).
    await page.getByRole('button', { name: 'Caribbean', exact: true }).click();
    await expect.poll(() => venezuela.isVisible()).toBe(true);
    expect(await page.locator('.leaflet-basemap-detail-pane path.basemap-coast').count()).toBe(1);
  });
});

/**
 * Where the region's coast and land are drawn on screen: each path's box, rounded to the
 * pixel. (Caracas's detail, once loaded, stays at every zoom: a page that has been there
 * has it and a fresh one not.)
 */
const drawnLines = (page: Page) =>
  page
    .locator('.leaflet-basemap-pane')
    .locator('path.basemap-coast, path.basemap-land')
    .evaluateAll((paths) =>
      paths.map((p) => {
        const b = p.getBoundingClientRect();
        return [b.left, b.top, b.right, b.bottom].map(Math.round).join(' ');
      }),
    );

describe('the lines on the map, stepped to', () => {
  it('are drawn where a fresh page at that event draws them', async () => {
    // With reduced motion a step is a jump, which Leaflet would draw three times over;
    // drawJumpsOnce.ts draws it once, and this holds it to a fresh page's drawing.
    const event = events[0]!;
    const stepped = (await app.open('', { context: SCREENS[0][1] })).page;
    await settled(stepped);
    await stepper(stepped).next.click();
    await expectSelected(stepped, event.id);
    await settled(stepped);
    const fresh = (await app.open(`?event=${event.id}`, { context: SCREENS[0][1] })).page;
    await settled(fresh);
    const lines = await drawnLines(fresh);
    expect(lines.length).toBeGreaterThan(0);
    expect(await drawnLines(stepped)).toEqual(lines);

    // A step that keeps the zoom is a plain pan, not a reset (whose map pane is back at
    // 0, 0), and is drawn at the jump's end. The first such step, against a fresh page.
    const paneMoved = () =>
      stepped.locator('.leaflet-map-pane').evaluate((el) => {
        const { m41, m42 } = new DOMMatrix(getComputedStyle(el).transform);
        return m41 !== 0 || m42 !== 0;
      });
    for (const later of events.slice(1)) {
      await stepper(stepped).next.click();
      await expectSelected(stepped, later.id);
      await settled(stepped);
      if (!(await paneMoved())) continue;
      const again = (await app.open(`?event=${later.id}`, { context: SCREENS[0][1] })).page;
      await settled(again);
      expect(await drawnLines(stepped), `at ${later.id}`).toEqual(await drawnLines(again));
      break;
    }
  });
});

describe.each(SCREENS)('the edge of the basemap, %s', (_screen, context) => {
  it('cannot be reached by zooming out and then panning to any side', async () => {
    const { page } = await app.open('', { context });
    await settled(page);
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    for (let i = 0; i < 12 && (await zoomOut.getAttribute('aria-disabled')) !== 'true'; i++) {
      await zoomOut.click();
      await settled(page);
    }
    expect(await zoomOut.getAttribute('aria-disabled')).toBe('true');
    expect(await frameOnBasemap(page)).toBe(true);

    // Arrow keys pan the focused map, three times as far with Shift (Leaflet's keyboard);
    // far more presses than it takes to reach any edge.
    for (const keys of [
      ['ArrowLeft', 'ArrowUp'],
      ['ArrowRight', 'ArrowDown'],
      ['ArrowLeft', 'ArrowDown'],
      ['ArrowRight', 'ArrowUp'],
    ]) {
      // Pan until the map stops moving (it is held at the basemap's edge), then check.
      await mapOf(page).focus();
      const position = () => page.locator('.leaflet-map-pane').getAttribute('style');
      let before = await position();
      for (let batch = 0; batch < 10; batch++) {
        for (let i = 0; i < 4; i++)
          for (const key of keys) await page.keyboard.press(`Shift+${key}`);
        await settled(page);
        const now = await position();
        if (now === before) break;
        before = now;
      }
      expect(await position(), `the map stopped moving after ${keys.join(' and ')}`).toBe(before);
      expect(await frameOnBasemap(page), `after ${keys.join(' and ')}`).toBe(true);
    }
  });
});
