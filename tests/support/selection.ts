// Reads what the page shows about the selection, and says what it should show, so a test
// compares the whole picture (timeline, URL, card, story, live region, map) in one go.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  events,
  eventsAtPlace,
  formatDate,
  getEvent,
  placesOfEvent,
  sectionsOfEvent,
  type Place,
} from '../../src/data/index.ts';

/** What the page shows about the selection. */
export interface SelectionView {
  /** The `event` query parameter, or null when there is none. */
  readonly param: string | null;
  /** "4 of 12", or "12 events" with nothing selected. */
  readonly position: string;
  /** Titles of the timeline buttons marked aria-current. */
  readonly timelineCurrent: readonly string[];
  /** Titles of the timeline buttons in the tab order (roving tabindex: exactly one). */
  readonly timelineTabStops: readonly string[];
  /** The selected event's card. */
  readonly detail: { readonly title: string; readonly date: string } | null;
  /** Ids of the story sections marked data-highlighted. */
  readonly highlighted: readonly string[];
  /** The distinct hrefs of story links marked aria-current. */
  readonly currentLinks: readonly string[];
  /** The polite live region's text. */
  readonly announced: string;
  /** Accessible names of the map handles (pins and area labels) marked aria-current. */
  readonly mapSelected: readonly string[];
  /** How many area outlines are marked is-selected. */
  readonly selectedAreas: number;
}

/** How a pin or area label is named for a screen reader: "Caracas, 4 events". */
export function placeLabel(place: Place): string {
  const count = eventsAtPlace(place.id).length;
  const kind = place.kind === 'area' ? ', approximate area' : '';
  return `${place.name}${kind}, ${count} ${count === 1 ? 'event' : 'events'}`;
}

/** The live region's words for an event: "January 3, 2026: US raid…". */
export function announcement(eventId: string): string {
  const event = mustGetEvent(eventId);
  return `${formatDate(event.date)}: ${event.title}`;
}

export function mustGetEvent(eventId: string) {
  const event = getEvent(eventId);
  if (!event) throw new Error(`The data has no event "${eventId}"`);
  return event;
}

/** What the page should show with `eventId` selected (or nothing, with `param` in the URL). */
export function expectedView(
  eventId: string | null,
  { param = eventId, hasMap = true }: { param?: string | null; hasMap?: boolean } = {},
): SelectionView {
  if (eventId === null)
    return {
      param,
      position: `${events.length} events`,
      timelineCurrent: [],
      timelineTabStops: [events[0]?.title ?? ''],
      detail: null,
      highlighted: [],
      currentLinks: [],
      announced: '',
      mapSelected: [],
      selectedAreas: 0,
    };
  const event = mustGetEvent(eventId);
  const eventPlaces = placesOfEvent(event);
  return {
    param,
    position: `${events.indexOf(event) + 1} of ${events.length}`,
    timelineCurrent: [event.title],
    timelineTabStops: [event.title],
    detail: { title: event.title, date: formatDate(event.date) },
    highlighted: sectionsOfEvent(eventId).map((s) => s.id),
    currentLinks: [`?event=${eventId}`],
    announced: announcement(eventId),
    mapSelected: hasMap ? eventPlaces.map(placeLabel).toSorted() : [],
    selectedAreas: hasMap ? eventPlaces.filter((p) => p.kind === 'area').length : 0,
  };
}

/** Reads the selection as the page shows it, in one round trip. */
export async function readView(page: Page): Promise<SelectionView> {
  const view = await page.evaluate(() => {
    // These run in the page, where the module's own scope cannot be reached.
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    const timeline = all('#timeline-list a');
    const detail = document.querySelector('article.event-detail');
    return {
      search: window.location.search,
      position: text(document.querySelector('.timeline__position')),
      timelineCurrent: timeline
        .filter((b) => b.getAttribute('aria-current') === 'true')
        .map((b) => text(b.querySelector('.timeline__title'))),
      timelineTabStops: timeline
        .filter((b) => b.getAttribute('tabindex') === '0')
        .map((b) => text(b.querySelector('.timeline__title'))),
      detail: detail
        ? { title: text(detail.querySelector('h3')), date: text(detail.querySelector('time')) }
        : null,
      highlighted: all('#story section[data-highlighted]').map((s) =>
        s.id.replace(/^section-/, ''),
      ),
      currentLinks: [
        ...new Set(
          all('#story a.event-link[aria-current="true"]').map((a) => a.getAttribute('href') ?? ''),
        ),
      ],
      announced: document.querySelector('[aria-live="polite"]')?.textContent ?? '(no live region)',
      mapSelected: all('.leaflet-container [role="button"][aria-current="true"]')
        .map((m) => text(m.querySelector('.visually-hidden')))
        .toSorted(),
      selectedAreas: all('path.area.is-selected').length,
    };
  });
  const { search, ...rest } = view;
  return { param: new URLSearchParams(search).get('event'), ...rest };
}

/**
 * Reads the view once the address agrees with the page (a step's address is written just
 * after the frame that shows it): for a test that must learn what a scroll selected.
 */
export async function settledView(page: Page): Promise<SelectionView> {
  let view!: SelectionView;
  await expect
    .poll(
      async () => {
        view = await readView(page);
        const shown = view.timelineCurrent[0] ?? null;
        return (view.param === null ? null : mustGetEvent(view.param).title) === shown;
      },
      { timeout: 5_000, interval: 50 },
    )
    .toBe(true);
  return view;
}

/** Waits (up to 5 s) until the page shows `eventId` selected everywhere, or fails with a diff. */
export async function expectSelected(
  page: Page,
  eventId: string,
  options: { hasMap?: boolean } = {},
): Promise<void> {
  await expect
    .poll(() => readView(page), { timeout: 5_000, interval: 50 })
    .toEqual(expectedView(eventId, options));
}

/** Waits until the page shows the default view: nothing selected, `param` in the URL. */
export async function expectNothingSelected(page: Page, param: string | null = null) {
  await expect
    .poll(() => readView(page), { timeout: 5_000, interval: 50 })
    .toEqual(expectedView(null, { param }));
}

/** The Previous and Next buttons and the position text. */
export function stepper(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Timeline' });
  return {
    nav,
    previous: nav.getByRole('button', { name: /previous/i }),
    next: nav.getByRole('button', { name: /^next/i }),
    position: nav.locator('.timeline__position'),
    list: nav.locator('ol#timeline-list'),
    toggle: nav.getByRole('button', { name: /all events|hide list/i }),
  };
}
