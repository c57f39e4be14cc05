// Accessibility: axe in every state, the keyboard path through the page, and the structure
// a screen reader announces.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { events, getPlace, meta, places, sections } from '../src/data/index.ts';
import { describeViolations, runAxe } from './support/axe.ts';
import { PHONE, setUpBriefing, type OpenOptions } from './support/harness.ts';
import { handleOf, openPopup, waitForMapToSettle } from './support/map.ts';
import { describeFocus, hasFocusIndicator, type Focused } from './support/focus.ts';
import { announcement, expectSelected, stepper } from './support/selection.ts';

const app = setUpBriefing();

interface AxeState {
  readonly name: string;
  /** Brings the page from the previous state to this one. */
  readonly prepare?: (page: Page) => Promise<void>;
}

/** States reached one after another in one page, from one load. */
interface AxeWalk {
  readonly path: string;
  readonly options?: OpenOptions;
  readonly states: readonly AxeState[];
}

const AXE_WALKS: AxeWalk[] = [
  {
    path: '',
    states: [
      { name: 'first view' },
      {
        name: 'popup open (Caracas pin)',
        prepare: async (page) => {
          const caracas = getPlace('caracas');
          if (!caracas) throw new Error('No caracas place');
          await handleOf(page, caracas).click();
          await openPopup(page).waitFor();
        },
      },
    ],
  },
  {
    path: '?event=raid',
    states: [
      { name: 'event selected (?event=raid)' },
      { name: 'dark mode', prepare: (page) => page.emulateMedia({ colorScheme: 'dark' }) },
      {
        name: 'print',
        prepare: (page) => page.emulateMedia({ colorScheme: 'light', media: 'print' }),
      },
    ],
  },
  { path: '', options: { context: PHONE }, states: [{ name: 'phone width' }] },
];

describe('axe-core, WCAG 2.2 A and AA', () => {
  it.each(AXE_WALKS.map((walk) => [walk.states.map((s) => s.name).join(', then '), walk] as const))(
    '%s: no violations',
    async (_, { path, options, states }) => {
      const { page } = await app.open(path, options);
      const found: string[] = [];
      for (const { name, prepare } of states) {
        await prepare?.(page);
        await waitForMapToSettle(page);
        const { violations, passes } = await runAxe(page);
        console.log(`axe ${name}: ${violations.length} violations (${passes} passes)`);
        if (violations.length) console.log(describeViolations(violations));
        found.push(...violations.map((v) => `${name}: ${v.id}: ${v.help}`));
      }
      expect(found).toEqual([]);
    },
  );
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus into the story', async () => {
    const { page } = await app.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the story' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.getAttribute('href')).toBe('#story');
    expect(await skip.isVisible()).toBe(true);
    expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);

    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('#story') !== null))
      .toBe(true);
    // The next Tab continues from the story, not from the top of the page.
    await page.keyboard.press('Tab');
    expect((await describeFocus(page)).kind).toBe('event-link');
  });

  it('Tab walks timeline, map toolbar, markers, story links and footer, each visibly focused', async () => {
    const { page } = await app.open();
    await waitForMapToSettle(page);
    const seen: Focused[] = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const focused = await describeFocus(page);
      seen.push(focused);
      if (focused.kind === 'footer-link') break;
    }
    const kinds = seen.map((f) => f.kind);
    const firstOf = (kind: string) => kinds.indexOf(kind);

    expect(kinds[0]).toBe('skip-link');
    // Nothing traps focus: the walk reaches the footer's link.
    expect(kinds.at(-1), `the walk: ${kinds.join(' ')}`).toBe('footer-link');
    const order = ['timeline-step', 'timeline-event', 'map-toolbar', 'marker', 'event-link'];
    for (const kind of order) expect(firstOf(kind), `${kind} reached`).toBeGreaterThan(0);
    const firsts = order.map(firstOf);
    expect(firsts, `the walk: ${kinds.join(' ')}`).toEqual(firsts.toSorted((a, b) => a - b));
    expect(firstOf('event-link')).toBeLessThan(kinds.length - 1);
    // Every place's handle is a tab stop; the list of events is one.
    expect(kinds.filter((k) => k === 'marker')).toHaveLength(places.length);
    expect(kinds.filter((k) => k === 'timeline-event')).toHaveLength(1);

    for (const kind of ['timeline-event', 'marker', 'event-link', 'timeline-step', 'footer-link']) {
      const sample = seen[firstOf(kind)]!;
      expect(hasFocusIndicator(sample), `${kind} "${sample.name}" focus indicator`).toBe(true);
    }
    const invisible = seen.filter((f) => !hasFocusIndicator(f)).map((f) => `${f.kind} ${f.name}`);
    expect(invisible, 'focused elements without a visible indicator').toEqual([]);
    // Outside the map (whose pins pan into view with an animation), focus is always in sight.
    const hidden = seen
      .filter((f) => f.kind !== 'marker' && !f.visible)
      .map((f) => `${f.kind} ${f.name}`);
    expect(hidden, 'focused elements hidden from view').toEqual([]);
  });

  it.each([
    ['desktop', {}],
    ['phone', { context: PHONE }],
  ] as const)(
    '%s: Shift+Tab back through the story never hides focus under the sticky timeline',
    async (_, options) => {
      // A reader who has scrolled to the end and clicked in the footer, then goes back.
      const { page } = await app.open('', options);
      await page.locator('.page-footer p').first().click();
      const hidden: string[] = [];
      let links = 0;
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Shift+Tab');
        const focused = await describeFocus(page);
        if (focused.kind !== 'event-link' && links > 0) break;
        if (focused.kind !== 'event-link') continue;
        links++;
        if (!focused.visible) hidden.push(`${focused.name} (under ${focused.coveredBy})`);
      }
      expect(links).toBeGreaterThanOrEqual(events.length);
      // WCAG 2.2 SC 2.4.11 Focus Not Obscured (Minimum): the focused link must show.
      expect(hidden, 'story links hidden behind the sticky timeline when focused').toEqual([]);
    },
  );
});

describe('screen-reader structure', () => {
  it('has the landmarks, headings and an ordered list of every event', async () => {
    const { page } = await app.open();
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('banner').getByRole('heading', { level: 1 }).textContent()).toBe(
      meta.headline,
    );
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Timeline' }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    const map = page.getByRole('main').getByRole('region', { name: 'Map' });
    expect(await map.count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Key facts' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Glossary' }).count()).toBe(1);
    expect(await map.locator('.leaflet-container').getAttribute('role')).toBe('group');

    const list = page.getByRole('navigation', { name: 'Timeline' }).locator('ol');
    expect(await list.count()).toBe(1);
    expect(await list.locator(':scope > li').count()).toBe(events.length);
    expect(await list.locator(':scope > li').allTextContents()).toEqual(
      events.map((e) => expect.stringContaining(e.title)),
    );
    // Every story section is a region named by its heading.
    for (const section of sections)
      expect(await page.getByRole('region', { name: section.heading }).count()).toBe(1);
  });

  it('the live region says date and title, once per step', async () => {
    const { page } = await app.open();
    const live = page.locator('[aria-live="polite"]');
    expect(await live.count()).toBe(1);
    expect(await live.textContent()).toBe('');
    expect(await live.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);

    // Record the region's text every time it changes.
    await live.evaluate((el) => {
      const said: string[] = [];
      Object.assign(window, { liveRegionLog: said });
      new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const { next } = stepper(page);
    const steps = events.slice(0, 4);
    for (const event of steps) {
      await next.click();
      await expectSelected(page, event.id);
      expect(await live.textContent()).toBe(announcement(event.id));
    }
    const said = await page.evaluate(
      () => (window as unknown as { liveRegionLog: string[] }).liveRegionLog,
    );
    expect(said).toEqual(steps.map((e) => announcement(e.id)));
  });
});
