// The Leaflet map as a reader meets it: handles named like "Caracas, 4 events", popups,
// and whether something is inside the map's visible rectangle.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Place } from '../../src/data/index.ts';
import { placeLabel } from './selection.ts';

/** A place's handle on the map (a pin for a city, the label of an approximate area), by name. */
export function handleOf(page: Page, place: Place): Locator {
  return mapOf(page).getByRole('button', { name: placeLabel(place), exact: true });
}

/** The open popup's content, if any. */
export function openPopup(page: Page): Locator {
  return page.locator('.leaflet-popup .place-popup');
}

/** The open popup's event buttons as [label, aria-current] pairs. */
export async function popupButtons(page: Page): Promise<[string, string | null][]> {
  return openPopup(page)
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((b) => [b.textContent?.trim() ?? '', b.getAttribute('aria-current')]),
    );
}

/** Whether the centre of `target` lies inside the map's visible rectangle. */
export async function isInsideMap(page: Page, target: Locator): Promise<boolean> {
  const [box, map] = await Promise.all([target.boundingBox(), mapOf(page).boundingBox()]);
  if (!box || !map) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height;
}

/** Zooms the map out with its own "Zoom out" button until `target` is in view (New York is not, at first). */
export async function zoomOutUntilVisible(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 4 && !(await isInsideMap(page, target)); i++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await waitForMapToSettle(page);
  }
  if (!(await isInsideMap(page, target)))
    throw new Error('The handle stayed outside the map after zooming out four times');
}

/** The map, found as a reader's screen reader finds it: a group named "Interactive map…". */
export function mapOf(page: Page): Locator {
  return page.getByRole('group', { name: /^Interactive map/, includeHidden: true });
}

/**
 * Waits until the map has settled: two painted frames (so a move that a click starts in an
 * effect has begun), then until it stops saying aria-busy.
 */
export async function waitForMapToSettle(page: Page): Promise<void> {
  await nextFrames(page);
  await expect.poll(() => mapOf(page).getAttribute('aria-busy'), { timeout: 6_000 }).toBe('false');
}

/** Resolves after the page has painted two more frames: React's effects have run by then. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * A point in the viewport inside an area's outline and on its shading, not under a pin or
 * label, found by scanning a grid over the part of the area inside the map. `topmost` says
 * whether the area's own path is the element there: false when another area is drawn over it.
 * A topmost point is preferred.
 */
export async function pointInsideArea(
  page: Page,
  placeId: string,
): Promise<{ x: number; y: number; topmost: boolean } | null> {
  return page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(`path.area[data-place="${id}"]`);
    const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
    const toPath = path?.getScreenCTM()?.inverse();
    if (!path || !map || !toPath) return null;
    const box = path.getBoundingClientRect();
    const left = Math.max(box.left, map.left);
    const right = Math.min(box.right, map.right);
    const top = Math.max(box.top, map.top, 0);
    const bottom = Math.min(box.bottom, map.bottom, window.innerHeight);
    let covered: { x: number; y: number; topmost: boolean } | null = null;
    for (let i = 1; i < 24; i++)
      for (let j = 1; j < 24; j++) {
        const x = left + ((right - left) * i) / 24;
        const y = top + ((bottom - top) * j) / 24;
        if (!path.isPointInFill(new DOMPoint(x, y).matrixTransform(toPath))) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit === path) return { x, y, topmost: true };
        if (hit?.matches('path.area')) covered ??= { x, y, topmost: false };
      }
    return covered;
  }, placeId);
}
