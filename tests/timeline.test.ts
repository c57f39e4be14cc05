// The timeline: Previous/Next through every event, the list's keys, and the phone toggle.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editions } from '../src/data/editions.ts';
import { events } from '../src/data/index.ts';
import { PHONE, setUpBriefing } from './support/harness.ts';
import { describeFocus } from './support/focus.ts';
import { nextFrames } from './support/map.ts';
import { expectNothingSelected, expectSelected, stepper } from './support/selection.ts';

const app = setUpBriefing();

const first = events[0]!.id;
const last = events.at(-1)!.id;
const idAt = (index: number) => events[index]!.id;
const indexOf = (id: string) => events.findIndex((e) => e.id === id);

/** The event whose timeline button has focus, or null when focus is elsewhere. */
function focusedEvent(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.matches('#timeline-list a')) return null;
    return el.querySelector('.timeline__title')?.textContent ?? null;
  });
}

/**
 * Whether the list shows the whole of its current event, inside its own box and the window
 * (the desktop's strip scrolls sideways, the phone's open list down).
 */
function currentItemInsideList(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const list = document.getElementById('timeline-list');
    const item = list?.querySelector('[aria-current="true"]');
    if (!list || !item) return false;
    const outer = list.getBoundingClientRect();
    const inner = item.getBoundingClientRect();
    return (
      inner.left >= outer.left - 1 &&
      inner.right <= outer.right + 1 &&
      inner.top >= outer.top - 1 &&
      inner.bottom <= outer.bottom + 1 &&
      inner.bottom <= window.innerHeight + 1
    );
  });
}

const titleOf = (id: string) => events.find((e) => e.id === id)?.title ?? null;

describe('Previous and Next', () => {
  it('step through every event and back, in the URL too', async () => {
    const { page } = await app.open();
    const { previous, next } = stepper(page);
    await expectNothingSelected(page);
    expect(await previous.getAttribute('aria-disabled')).toBe('true');

    for (let i = 0; i < events.length; i++) {
      await next.click();
      await expectSelected(page, idAt(i));
      // The strip of events brings the current one into view, wherever it is.
      await expect
        .poll(() => currentItemInsideList(page), { message: `${idAt(i)} in the list` })
        .toBe(true);
    }
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await previous.getAttribute('aria-disabled')).toBe('false');

    // At the end Next stays put and adds no history entry. Playwright counts aria-disabled as
    // disabled, so the click is forced: a reader can still press it.
    const historyLength = await page.evaluate(() => history.length);
    await next.click({ force: true });
    await expectSelected(page, last);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    for (let i = events.length - 2; i >= 0; i--) {
      await previous.click();
      await expectSelected(page, idAt(i));
    }
    expect(await previous.getAttribute('aria-disabled')).toBe('true');
    expect(await next.getAttribute('aria-disabled')).toBe('false');
    await previous.click({ force: true });
    await expectSelected(page, first);
  });

  it('back at the overview, the list shows its start again', async () => {
    const { page } = await app.open();
    const { next, list } = stepper(page);
    // A jump to the first event (a history entry to come back from), then steps.
    await list.getByRole('link').first().click();
    await expectSelected(page, events[0]!.id);
    for (const event of events.slice(1, Math.ceil(events.length / 2))) {
      await next.click();
      await expectSelected(page, event.id);
    }
    await expect.poll(() => list.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.goBack();
    await expectNothingSelected(page);
    await expect.poll(() => list.evaluate((el) => el.scrollLeft)).toBe(0);
  });

  it('Previous does nothing when nothing is selected', async () => {
    const { page } = await app.open();
    const { previous } = stepper(page);
    expect(await previous.getAttribute('aria-disabled')).toBe('true');
    await previous.click({ force: true });
    await nextFrames(page);
    await expectNothingSelected(page);
  });

  it('are real buttons, never disabled, so they stay in the tab order', async () => {
    const { page } = await app.open(`?event=${first}`);
    const { previous, next } = stepper(page);
    expect(await previous.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);
    expect(await previous.getAttribute('aria-disabled')).toBe('true');
    expect(await next.getAttribute('aria-disabled')).toBe('false');
  });
});

describe('keys inside the timeline list', () => {
  it('arrows, Home and End move the selection and the focus with it', async () => {
    const start = 'raid';
    const { page } = await app.open(`?event=${start}`);
    const current = page.locator('#timeline-list a[aria-current="true"]');
    await current.focus();

    const steps: [key: string, expected: string][] = [
      ['ArrowRight', idAt(indexOf(start) + 1)],
      ['ArrowDown', idAt(indexOf(start) + 2)],
      ['ArrowLeft', idAt(indexOf(start) + 1)],
      ['ArrowUp', start],
      ['End', last],
      ['ArrowRight', last],
      ['Home', first],
      ['ArrowLeft', first],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      await expectSelected(page, expected);
      expect(await focusedEvent(page), `focus after ${key}`).toBe(titleOf(expected));
    }
  });

  it('the list is one tab stop: Tab from the previous control lands on the selected event', async () => {
    const { page } = await app.open('?event=talks');
    await page.getByRole('button', { name: 'Overview' }).focus();
    // The phone-only toggle is hidden on desktop, so the next stop is the list.
    await page.keyboard.press('Tab');
    expect(await focusedEvent(page)).toBe(titleOf('talks'));
    await page.keyboard.press('Tab');
    expect(await focusedEvent(page)).toBeNull();
  });

  it('keys pressed on Next move the selection but leave focus on Next', async () => {
    const { page } = await app.open('?event=raid');
    const { next } = stepper(page);
    await next.focus();
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, idAt(indexOf('raid') + 1));
    await page.keyboard.press('End');
    await expectSelected(page, last);
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('clicking an event in the list selects it', async () => {
    const { page } = await app.open();
    const target = events[7]!;
    const button = stepper(page).list.getByRole('link', { name: target.title });
    await button.click();
    await expectSelected(page, target.id);
    expect(await button.getAttribute('aria-current')).toBe('true');
  });
});

describe('on a phone', () => {
  it('hides the list behind "All events" and still steps', async () => {
    const { page } = await app.open('', { context: PHONE });
    const { list, toggle, next, previous } = stepper(page);
    expect(await list.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-controls')).toBe('timeline-list');

    await next.tap();
    await expectSelected(page, first);
    await next.tap();
    await expectSelected(page, idAt(1));
    await previous.tap();
    await expectSelected(page, first);

    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await list.isVisible()).toBe(true);
    expect(await list.getByRole('link').count()).toBe(events.length);
    await list.getByRole('link', { name: events[4]!.title }).tap();
    await expectSelected(page, idAt(4));
    // Picking an event closes the list, so the map and the event card come back into view,
    // and focus, which was on the picked link, goes back to the toggle, not to the page.
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await list.isVisible()).toBe(false);
    await expect
      .poll(() => describeFocus(page).then(({ kind, name }) => `${kind}: ${name}`))
      .toBe('button: All events');

    // Opened again after the last event is picked by key, the list shows that event.
    await next.press('End');
    await expectSelected(page, last);
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() => currentItemInsideList(page), { message: 'the last event in the open list' })
      .toBe(true);
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await list.isVisible()).toBe(false);
  });

  it('on a desktop the list is always shown and the toggle hidden', async () => {
    const { page } = await app.open();
    const { list, nav } = stepper(page);
    expect(await list.isVisible()).toBe(true);
    expect(await nav.locator('.timeline__toggle').isVisible()).toBe(false);
  });
});

describe('the event card', () => {
  // The edition whose cards run longest, and its events with a note on their date.
  const spanish = editions.es.events;
  const withNote = spanish.filter((e) => 'wording' in e.date || e.yearNote);

  it('opening a date note shows it, inside the card, and the keyboard can scroll a card that scrolls', async () => {
    expect(withNote.length).toBeGreaterThan(0);
    const { page } = await app.open(`es/?event=${spanish[0]!.id}`, { waitForMap: false });
    await page.locator('.leaflet-marker-icon').first().waitFor({ state: 'attached' });
    const next = page.locator('.timeline__bar').getByRole('button', { name: /^Siguiente/ });
    const card = page.locator('.event-detail');
    let scrolled = 0;
    for (const [i, event] of spanish.entries()) {
      if (i > 0) await next.click();
      await expect.poll(() => page.url()).toContain(`event=${event.id}`);
      // A card is a tab stop while, and only while, it scrolls.
      await expect
        .poll(() =>
          card.evaluate((el) => el.tabIndex === (el.scrollHeight - el.clientHeight > 1 ? 0 : -1)),
        )
        .toBe(true);
      if (!withNote.includes(event)) continue;
      // Each event's note starts shut (the last one's may have been left open), and the card
      // at its top.
      const summary = card.locator('summary');
      expect(await card.locator('details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(await card.evaluate((el) => el.scrollTop)).toBe(0);
      // Opened from the keyboard, so nothing but the card scrolls the note into view (a
      // click would have the browser scroll its line into view first).
      await summary.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
      await page.keyboard.press('Enter');
      // The note's last line and its "About this date" line are both within the card's
      // visible box (a card that scrolls shows only part of its text). (The card scrolls
      // on the details' toggle event, which follows the key.)
      const seen = () =>
        card.evaluate((el) => {
          const note = el.querySelector('details')!;
          const top = el.getBoundingClientRect().top + el.clientTop;
          const bottom = top + el.clientHeight;
          const about = note.querySelector('summary')!.getBoundingClientRect();
          const end = note.lastElementChild!.getBoundingClientRect();
          return {
            open: note.open,
            summary: about.top >= top - 1,
            // All of it, or as much as the card holds: its "About this date" line at the top.
            end: end.bottom <= bottom + 1 || Math.abs(about.top - top) <= 1,
          };
        });
      await expect
        .poll(seen, { message: event.id })
        .toEqual({ open: true, summary: true, end: true });
      if (!(await card.evaluate((el) => el.scrollTop > 0)) || scrolled++) continue;
      // The first card that scrolled: it is a stop for the keyboard, whose arrows scroll it.
      await page.keyboard.press('Shift+Tab');
      expect(await card.evaluate((el) => el === document.activeElement)).toBe(true);
      await card.evaluate((el) => el.scrollTo(0, 0));
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => card.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    }
    // At least one note opened past the card's end (else this shows nothing about scrolling).
    expect(scrolled).toBeGreaterThan(0);
  });
});
