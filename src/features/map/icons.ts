import { divIcon, type DivIcon } from 'leaflet';
import type { Place } from '../../data/index.ts';
import type { MapUiStrings } from '../../locale/mapUi.ts';

/** Leaflet's divIcon takes HTML; place names go through this so data can never inject markup. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The words an icon needs, in the page's language (src/locale). */
type IconWords = Pick<MapUiStrings, 'placeHandle' | 'approx'>;

/** How a screen reader names a place's handle on the map. */
export function placeLabel(place: Place, eventCount: number, ui: IconWords): string {
  return ui.placeHandle(place.name, place.kind === 'area', eventCount);
}

// 44 px hit areas: the smallest comfortable tap target.
const HIT = 44;

/** A pinned city: a dot with its name beside it. */
export function pointIcon(place: Place, eventCount: number, ui: IconWords): DivIcon {
  return divIcon({
    className: 'place-pin',
    html:
      `<span class="place-pin__dot" aria-hidden="true"></span>` +
      `<span class="place-pin__name" aria-hidden="true">${escapeHtml(place.name)}</span>` +
      `<span class="visually-hidden">${escapeHtml(placeLabel(place, eventCount, ui))}</span>`,
    iconSize: [HIT, HIT],
    iconAnchor: [HIT / 2, HIT / 2],
    popupAnchor: [0, -HIT / 2],
  });
}

/**
 * Pins too close to tell apart at this zoom, drawn as one: a disc with their count. Its
 * accessible name lists them (`label`).
 */
export function clusterIcon(count: number, label: string): DivIcon {
  return divIcon({
    className: 'place-cluster',
    html:
      `<span class="place-cluster__count" aria-hidden="true">${count}</span>` +
      `<span class="visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [HIT, HIT],
    iconAnchor: [HIT / 2, HIT / 2],
  });
}

/**
 * The label of an approximate area, which is also its keyboard handle. LabelPlacement
 * moves it off its anchor when it would cover another name or a pin.
 */
export function areaIcon(place: Place, eventCount: number, ui: IconWords): DivIcon {
  const text = `${place.name} · ${ui.approx}`;
  // divIcon needs a size to centre on its anchor; the pill's width follows its text.
  const width = Math.round(text.length * 7.2 + 28);
  return divIcon({
    className: 'area-label',
    html:
      `<span class="area-label__text" aria-hidden="true">${escapeHtml(text)}</span>` +
      `<span class="visually-hidden">${escapeHtml(placeLabel(place, eventCount, ui))}</span>`,
    iconSize: [width, HIT],
    iconAnchor: [width / 2, HIT / 2],
    popupAnchor: [0, -HIT / 2],
  });
}

/**
 * Marks a place's element as (not) belonging to the selected event, in the event's theme
 * colour. Done on the element rather than with a new icon or style: a rebuilt marker would
 * drop keyboard focus, and Leaflet applies a path's className only when it is created.
 */
export function markHighlight(el: Element | undefined, theme: string | null): void {
  el?.classList.toggle('is-selected', theme !== null);
  // A handle (a pin or an area's label) says so to a screen reader too: the place of the
  // current event.
  if (el?.getAttribute('role') === 'button') {
    if (theme) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
  }
  if (theme) el?.setAttribute('data-theme', theme);
  else el?.removeAttribute('data-theme');
}
