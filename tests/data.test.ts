// The data behind the page: the download is dist/briefing.json is the data module, and the
// page shows that same data.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import {
  briefingExport,
  dateline,
  events,
  formatTimestampDay,
  glossary,
  keyFacts,
  meta,
  places,
  sections,
} from '../src/data/index.ts';
import { setUpBriefing } from './support/harness.ts';
import { DIST_DIR } from './support/server.ts';

const app = setUpBriefing();

const builtData = async (): Promise<unknown> =>
  JSON.parse(await readFile(join(DIST_DIR, 'briefing.json'), 'utf8'));

describe('Download the data', () => {
  it('downloads dist/briefing.json, which is the data module', async () => {
    const { page } = await app.open();
    const link = page.getByRole('link', { name: 'Download the data' });
    expect(await link.getAttribute('href')).toBe('./briefing.json');
    expect(await link.getAttribute('download')).not.toBeNull();

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('briefing.json');
    expect(download.url()).toBe(app.url('briefing.json'));
    // The browser is remote (shared by every test file), so the file comes back as a stream.
    const downloaded: unknown = JSON.parse(await readStream(await download.createReadStream()));

    expect(downloaded).toEqual(await builtData());
    expect(downloaded).toEqual(JSON.parse(JSON.stringify(briefingExport())));
  });

  it('is served as JSON', async () => {
    // A plain request: no page needed to ask the server.
    const response = await fetch(app.url('briefing.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(await builtData());
  });
});

describe('the page shows the data', () => {
  it('headline, dateline, key facts, timeline, story, glossary and places', async () => {
    const { page } = await app.open();
    const text = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));

    expect(await text('h1')).toEqual([meta.headline]);
    expect(await page.getByText(dateline(), { exact: true }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Key facts' }).locator(':scope > li').count()).toBe(
      keyFacts.length,
    );
    expect(await text('#timeline-list .timeline__title')).toEqual(events.map((e) => e.title));
    expect(await text('#story section.story-section > h2')).toEqual(sections.map((s) => s.heading));
    expect(await text('.glossary dt')).toEqual(glossary.map((g) => g.term));
    // The list of places has an item per place, in the data's order.
    const items = await text('details.place-list > ul > li');
    expect(items).toHaveLength(places.length);
    expect(items).toEqual(places.map((p) => expect.stringContaining(p.name)));
    // Every event is linked from the story, and every link points at a real event.
    const hrefs = await page
      .locator('#story a.event-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(events.map((e) => `?event=${e.id}`)));
  });
});

describe('the static server', () => {
  it('answers 404 for a missing file and ignores the query string', async () => {
    expect((await fetch(app.url('nope.js'))).status).toBe(404);
    expect((await fetch(app.url('..%2fpackage.json'))).status).toBe(404);
    const index = await fetch(app.url('index.html?event=raid'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('link previews and publication times', () => {
  it('Open Graph and Twitter tags, a 1200×630 card, NewsArticle JSON-LD and a visible Updated time', async () => {
    const { page, context } = await app.open('', { waitForMap: false });
    const property = (name: string) =>
      page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute('content');
    expect(await property('og:type')).toBe('article');
    expect(await property('og:title')).toBe(meta.headline);
    expect(await property('og:description')).toBe(meta.description);
    expect(await property('twitter:card')).toBe('summary_large_image');
    expect(await property('article:modified_time')).toBe(meta.updated);
    // No site address in the tests' build, so no canonical URL: a relative one is an error.
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);

    // The card the tags point at: a PNG whose header says 1200 × 630.
    const cardUrl = new URL((await property('og:image')) ?? '', app.url()).href;
    expect(await property('twitter:image')).toBe(await property('og:image'));
    const card = await context.request.get(cardUrl);
    expect(card.headers()['content-type']).toBe('image/png');
    const png = await card.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([await property('og:image:width'), await property('og:image:height')]).toEqual([
      '1200',
      '630',
    ]);

    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
    );
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: meta.headline,
      description: meta.description,
      datePublished: meta.published,
      dateModified: meta.updated,
      image: [await property('og:image')],
    });

    const updated = page.getByRole('banner').getByText(/Updated/);
    expect(await updated.textContent()).toMatch(
      new RegExp(`Updated ${formatTimestampDay(meta.updated)}$`),
    );
    expect(await updated.locator('time').getAttribute('datetime')).toBe(meta.updated);
    expect(await updated.isVisible()).toBe(true);
  });
});
