// The embed in a news article: a page on another origin embeds `?embed&event=raid` with
// pym.js, and its pym.Parent sizes the iframe to the embedded briefing, which shows the map,
// the stepper and the event (no masthead, no story), keeps the iframe sized as its content
// changes, and opens its links in the top window.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, getEvent, meta, places, sections } from '../src/data/index.ts';
import { EMBED_ID, FRAME_TITLE, startHostServer, type HostServer } from './support/embedHost.ts';
import { setUpBriefing } from './support/harness.ts';
import { placeLabel } from './support/selection.ts';

const app = setUpBriefing();
let host: HostServer;
beforeAll(async () => {
  host = await startHostServer();
});
afterAll(async () => {
  await host.close();
});

/**
 * The iframe's height in the host, and the embedded content's: from the top of the
 * embedded document to the bottom of its last element (the credit), and its scroll height.
 */
async function heights(page: Page, frame: Frame) {
  const iframe = await page
    .locator(`#${EMBED_ID} iframe`)
    .evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame
    .getByRole('contentinfo')
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  const scroll = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { iframe, content, scroll };
}

/**
 * Waits until the iframe is as tall as its content, to within 2 px (pym's answer to the
 * last change): no gap below it, nothing cut off. Returns the iframe's height.
 */
async function expectSized(page: Page, frame: Frame): Promise<number> {
  await expect
    .poll(async () => {
      const { iframe, content, scroll } = await heights(page, frame);
      const gap = Math.round(iframe - content);
      return {
        gap: Math.abs(gap) <= 2 ? 0 : gap,
        cutOff: Math.max(0, Math.round(scroll - iframe)),
      };
    })
    .toEqual({ gap: 0, cutOff: 0 });
  return (await heights(page, frame)).iframe;
}

describe('the embed in a pym.js host page', () => {
  it('is sized to its content by pym, shows its event and no masthead, and follows its changes', async () => {
    const raid = getEvent('raid')!;
    const next = events[events.indexOf(raid) + 1]!;
    const warnings: string[] = [];
    const { page } = await app.open(
      host.articleUrl({ embedUrl: app.url(`?embed&event=${raid.id}`), column: 700 }),
      {
        waitForMap: false,
        beforeGoto: async (p) => {
          // Hydration mismatches are warnings or errors in the embedded page's console.
          p.on('console', (msg) => {
            if (msg.type() === 'warning') warnings.push(msg.text());
          });
        },
      },
    );
    const iframe = page.getByTitle(FRAME_TITLE);
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;

    // The raid, the stepper and the live map; no masthead, story or skip link.
    await frame.getByRole('article', { name: raid.title }).waitFor();
    const timeline = frame.getByRole('navigation', { name: 'Timeline' });
    expect(
      await timeline.getByText(`${events.indexOf(raid) + 1} of ${events.length}`).count(),
    ).toBe(1);
    await frame.getByRole('button', { name: placeLabel(places[0]!), exact: true }).waitFor();
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe(meta.headline);
    expect(await frame.getByRole('banner').count()).toBe(0);
    expect(await frame.getByRole('region', { name: sections[0]!.heading }).count()).toBe(0);
    expect(await frame.getByRole('link', { name: 'Skip to the story' }).count()).toBe(0);

    // pym sized the iframe to the content (not its default 150 px, nor a scrollbar).
    const first = await expectSized(page, frame);
    expect(first).toBeGreaterThan(300);

    // The content grows: the list of events opens under the stepper.
    await timeline.getByRole('button', { name: 'All events' }).click();
    const opened = await expectSized(page, frame);
    expect(opened).toBeGreaterThan(first + 100);

    // A step selects the next event in the embed's own address, as on the full page.
    await timeline.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('article', { name: next.title }).waitFor();
    // The address keeps its bare `embed` as the host wrote it (and pym's own parameters),
    // written just after the step's frame.
    await expect
      .poll(() => new URL(frame.url()).search)
      .toMatch(new RegExp(`^\\?embed&event=${next.id}&`));
    const stepped = await expectSized(page, frame);

    // The host's column narrows to a phone's: the text wraps, the frame grows with it.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await expectSized(page, frame)).toBeGreaterThan(stepped);
    // Whole, not capped as the full page's phone card is (it scrolls inside itself there):
    // here the host sizes the frame to all of it, and a cap in viewport units would chase
    // the frame's own height.
    const card = frame.locator('.event-detail');
    expect(await card.evaluate((el) => getComputedStyle(el).maxHeight)).toBe('none');

    // Every link opens in the top window (the map's credits too), and the credit's link
    // opens the full briefing there, at the event the reader is on.
    const targets = await frame.evaluate(() =>
      [...document.links].map((a) => a.target || document.querySelector('base')?.target),
    );
    expect(targets.length).toBeGreaterThan(1);
    expect(new Set(targets)).toEqual(new Set(['_top']));
    await frame.getByRole('link', { name: 'Read the full briefing' }).click();
    await page.waitForURL(app.url(`?event=${next.id}`), { waitUntil: 'commit' });
    expect(warnings, 'console warnings in the host and the embed').toEqual([]);
  });
});

describe('the embed on a wide screen', () => {
  it('shows the whole card, as tall as its text, where the full page keeps one height', async () => {
    // The longest card the English edition has, opened in the embed's own page at a
    // desktop's width (past the wide layout's breakpoint).
    const longest = events.reduce((a, b) => (b.summary.length > a.summary.length ? b : a));
    const { page } = await app.open(`?embed&event=${longest.id}`, { waitForMap: false });
    const card = page.getByRole('article', { name: longest.title });
    await card.waitFor();
    // Its box is its text's height, padding included: no taller, and nothing cut off.
    const gap = await card.evaluate((el) => {
      const style = getComputedStyle(el);
      const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
      return el.clientHeight - padding - (el.firstElementChild as HTMLElement).offsetHeight;
    });
    expect(Math.abs(gap)).toBeLessThan(1.5);
  });
});
