// The page before any script: prerendered HTML, readable with JavaScript off, the map as a
// picture that the live map replaces in place, a picture on paper, and a deep link that
// still opens its event once React has hydrated the HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { events, glossary, meta, places, sections } from '../src/data/index.ts';
import { setUpBriefing } from './support/harness.ts';
import { handleOf } from './support/map.ts';
import { expectSelected } from './support/selection.ts';
import { DIST_DIR } from './support/server.ts';

const app = setUpBriefing();

/** Text content of an HTML string, roughly: tags out, the entities React writes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the built page', () => {
  it('holds the whole story in dist/index.html', () => {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const root = html.slice(html.indexOf('<div id="root">'));
    const text = textOf(root);
    for (const words of [
      meta.headline,
      ...events.map((e) => e.title),
      ...sections.map((s) => s.heading),
      ...glossary.map((g) => g.term),
      ...places.map((p) => p.name),
    ])
      expect(text, `index.html has “${words}”`).toContain(squash(words));
    // The timeline is an ordered list with one item per event, in the timeline's order.
    const items = [...root.matchAll(/<li class="timeline__item"/g)];
    expect(items.length).toBe(events.length);
    // Nothing the page's policy would block: no inline style or script in the markup.
    expect(root).not.toMatch(/\sstyle="/);
    // The records ride along as one JSON data block (not a script to the policy or the
    // browser); no other script is in the page's body.
    const dataBlocks = /<script type="application\/json" id="briefing-records">[^<]*<\/script>/g;
    expect([...root.matchAll(dataBlocks)]).toHaveLength(1);
    expect(root.replace(dataBlocks, '')).not.toMatch(/<script\b/);
  });
});

describe('with JavaScript off', () => {
  it('reads as a document, with the map as a picture', async () => {
    const { page, requests } = await app.open('', {
      context: { javaScriptEnabled: false },
      waitForMap: false,
    });
    expect(await page.getByRole('heading', { level: 1, name: meta.headline }).isVisible()).toBe(
      true,
    );
    const timeline = page.getByRole('navigation', { name: 'Timeline' });
    const items = timeline.getByRole('listitem');
    expect(await items.count()).toBe(events.length);
    expect(await items.allTextContents()).toEqual(
      events.map((e) => expect.stringContaining(e.title) as unknown as string),
    );
    for (const section of sections)
      expect(await page.getByRole('region', { name: section.heading }).isVisible()).toBe(true);

    const picture = page.getByRole('img', { name: /^Map of / });
    expect(await picture.count()).toBe(1);
    expect(await picture.isVisible()).toBe(true);
    for (const place of places) expect(await picture.getAttribute('alt')).toContain(place.name);
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    // Leaflet's chunk is never fetched: no script ran to ask for it.
    expect(requests.some((url) => /BriefingMap-[\w-]+\.js/.test(url))).toBe(false);

    // Every timeline item is a link, and each leads to a passage of the story that links
    // its event, in the event's home section (the first section that lists it).
    const links = timeline.getByRole('listitem').getByRole('link');
    expect(await links.count()).toBe(events.length);
    // Every one is a tab stop (the arrow keys that reach them with scripts do nothing
    // here), and no control that needs a script is shown.
    expect(await links.evaluateAll((all) => all.filter((a) => a.tabIndex < 0).length)).toBe(0);
    for (const name of [/^Share$/, /^Overview$/])
      expect(await page.getByRole('button', { name }).isVisible(), `${name}`).toBe(false);
    for (const [i, event] of events.entries()) {
      const href = (await links.nth(i).getAttribute('href')) ?? '';
      const target = page.locator(`[id="${new URL(href, app.url()).hash.slice(1)}"]`);
      expect(
        await target.evaluate(
          (el, eventHref) => el.closest('p')?.querySelector(`a[href="${eventHref}"]`) !== null,
          `?event=${event.id}`,
        ),
        `${event.id}'s passage links it`,
      ).toBe(true);
      const home = sections.find((s) => s.eventIds.includes(event.id));
      expect(
        await target.evaluate((el) => el.closest('section')?.querySelector('h2')?.textContent),
        `${event.id}'s passage is in its home section`,
      ).toBe(home?.heading);
    }
    // Following one scrolls to its passage, as a document's links do.
    const last = events.at(-1)!;
    await timeline.getByRole('link', { name: last.title }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#passage-${last.id}`);
    await expect
      .poll(() =>
        page.locator(`#passage-${last.id}`).evaluate((el) => {
          const { top, bottom } = el.getBoundingClientRect();
          return top >= -1 && bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
  });
});

describe('with JavaScript on', () => {
  it('hydrates a deep link silently, swaps the picture for the map in place, and prints the picture', async () => {
    const raid = events.find((e) => e.id === 'raid') ?? events[0]!;
    const warnings: string[] = [];
    const { page } = await app.open('', {
      // Desktop: the map is in view, so it loads by itself; no scrolling to bring it near.
      waitForMap: false,
      beforeGoto: async (p) => {
        p.on('console', (msg) => {
          if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
        });
        // Where the picture's frame was just before the live map came, and every layout shift.
        await p.addInitScript(() => {
          const w = window as unknown as { frameBefore?: DOMRect; shifts: number[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[])
              if (!e.hadRecentInput) w.shifts.push(e.value);
          }).observe({ type: 'layout-shift', buffered: true });
          // Each frame while the picture is up: the last one is the frame before the swap.
          const watch = () => {
            const frame = document.querySelector('.static-map--frame')?.parentElement;
            if (frame) w.frameBefore = frame.getBoundingClientRect();
            if (!document.querySelector('.leaflet-container')) requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
        });
      },
    });
    await handleOf(page, places[0]!).waitFor();
    // The live map stands where the picture stood, at the same size.
    const before = await page.evaluate(() => {
      const r = (window as unknown as { frameBefore?: DOMRect }).frameBefore;
      return r && { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    expect(before, 'the picture was in the page before scripts ran').toBeDefined();
    const after = await page
      .locator('.leaflet-container')
      .evaluate((el) => el.parentElement!.getBoundingClientRect().toJSON() as DOMRect);
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(after[key], `map frame ${key}`).toBeCloseTo(before![key], 0);
    expect(await page.locator('.static-map--frame').count()).toBe(0);
    const shift = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
    );
    expect(shift, 'cumulative layout shift').toBeLessThanOrEqual(0.01);

    // A deep link's event is selected in every view once React has taken over. (The HTML
    // was rendered with no selection: a static host knows no query string.)
    await page.goto(app.url(`?event=${raid.id}`));
    await expectSelected(page, raid.id);
    expect(warnings, 'console warnings and errors during hydration').toEqual([]);

    // On paper the picture stands in for the live map.
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.static-map--print');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-container').isVisible()).toBe(false);
  });
});
