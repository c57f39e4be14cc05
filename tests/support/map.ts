// The Leaflet map as a reader meets it: handles named like "Caracas, 4 events", popups,
// and whether something is inside the map's visible rectangle.
import type { Locator, Page } from 'playwright-core';
import type { Place } from '../../src/data/index.ts';
import { placeLabel } from './selection.ts';

/** A place's handle on the map: a pin for a city, the label of an approximate area. */
export function handleOf(page: Page, place: Place): Locator {
  const kind = place.kind === 'point' ? 'place-pin' : 'area-label';
  return page
    .locator(`.leaflet-container .leaflet-marker-icon.${kind}`)
    .and(page.getByRole('button', { name: placeLabel(place), exact: true }));
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
  const [box, map] = await Promise.all([
    target.boundingBox(),
    page.locator('.leaflet-container').boundingBox(),
  ]);
  if (!box || !map) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height;
}

/** Zooms the map out with its own "Zoom out" button until `target` is in view (New York is not, at first). */
export async function zoomOutUntilVisible(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 4 && !(await isInsideMap(page, target)); i++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForFunction(
      () => !document.querySelector('.leaflet-container.leaflet-zoom-anim'),
    );
    await page.waitForTimeout(300);
  }
  if (!(await isInsideMap(page, target)))
    throw new Error('The handle stayed outside the map after zooming out four times');
}
