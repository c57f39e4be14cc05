// The selection lives in the URL: deep links, Back and Forward, reload, and bad values.
import { describe, expect, it } from 'vitest';
import { events, getPlace } from '../src/data/index.ts';
import { setUpBriefing, waitForPlaces } from './support/harness.ts';
import { handleOf, isInsideMap, waitForMapToSettle } from './support/map.ts';
import {
  expectNothingSelected,
  expectSelected,
  mustGetEvent,
  readView,
  settledView,
} from './support/selection.ts';

const app = setUpBriefing();

const NOTICE = 'points to an event this briefing does not have';

/**
 * One event for each distinct set of places: a deep link's view depends only on the
 * event's places, so two events at the same places would only repeat the same page load.
 */
const deepLinks = [...new Map(events.map((e) => [e.placeIds.join(' '), e.id])).values()];

describe('a deep link', () => {
  it.each(deepLinks)('?event=%s opens on that event, unscrolled', async (id) => {
    const { page } = await app.open(`?event=${id}`);
    await expectSelected(page, id);
    // The map starts on the event's places, without a flight.
    for (const placeId of mustGetEvent(id).placeIds) {
      const place = getPlace(placeId);
      if (!place) throw new Error(`Unknown place ${placeId}`);
      expect(await isInsideMap(page, handleOf(page, place)), `${placeId} in view`).toBe(true);
    }
    await waitForMapToSettle(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('.link-notice').textContent()).toBe('');
  });

  it('survives a reload', async () => {
    const { page } = await app.open('?event=talks');
    await expectSelected(page, 'talks');
    await page.reload();
    await waitForPlaces(page);
    await expectSelected(page, 'talks');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('without an event opens the default view with no notice', async () => {
    const { page } = await app.open();
    await expectNothingSelected(page);
    expect(await page.locator('.link-notice').textContent()).toBe('');
    expect(await page.locator('[aria-current]').count()).toBe(0);
  });
});

describe('history', () => {
  it('Back and Forward walk the events visited', async () => {
    const { page } = await app.open();
    const visited = [events[2]!, events[6]!, events[9]!];
    const list = page.locator('#timeline-list');
    const startLength = await page.evaluate(() => history.length);
    for (const event of visited) {
      await list.getByRole('link', { name: event.title }).click();
      await expectSelected(page, event.id);
    }
    expect(await page.evaluate(() => history.length)).toBe(startLength + visited.length);

    await page.goBack();
    await expectSelected(page, visited[1]!.id);
    await page.goBack();
    await expectSelected(page, visited[0]!.id);
    await page.goForward();
    await expectSelected(page, visited[1]!.id);
    await page.goBack();
    await page.goBack();
    await expectNothingSelected(page);
  });

  it('a story link selects its event in place, as a new history entry', async () => {
    const { page } = await app.open();
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    const link = page.locator('#story a.event-link[href="?event=raid"]').first();
    // Scrolling there is reading, which selects the passage mid-screen as a step (replacing
    // the entry): let the page settle, then note what it shows before the jump.
    await link.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect.poll(async () => (await readView(page)).timelineCurrent).toHaveLength(1);
    await settledView(page);
    const before = await page.evaluate(() => window.location.search);
    expect(before).not.toBe('?event=raid');
    const length = await page.evaluate(() => history.length);
    await link.click();
    await expectSelected(page, 'raid');
    expect(await page.evaluate(() => '__samePage' in window)).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe(before);
  });
});

describe('a bad ?event= value', () => {
  const hostile: [name: string, value: string][] = [
    ['an unknown id', 'nope'],
    ['an empty value', ''],
    ['a script tag', '<script>window.__pwned=1</script>'],
    ['an img onerror', '<img src=x onerror=window.__pwned=1>'],
    ['10,000 characters', 'x'.repeat(10_000)],
  ];

  it.each(hostile)(
    '%s shows the default view and the notice, injecting nothing',
    async (_, value) => {
      const { page } = await app.open(`?event=${encodeURIComponent(value)}`);
      await expectNothingSelected(page, value);
      expect(await page.locator('[aria-current]').count()).toBe(0);

      const notice = page.locator('.link-notice');
      expect(await notice.getAttribute('role')).toBe('status');
      expect(await notice.textContent()).toContain(NOTICE);
      const html = await notice.innerHTML();
      expect(html).not.toMatch(/<script|<img/i);

      const found = await page.evaluate(
        (hostileValue) => ({
          pwned: '__pwned' in window,
          scripts: document.querySelectorAll('body script:not([type="application/json"])').length,
          images: document.querySelectorAll('img[src="x"]').length,
          echoed: hostileValue !== '' && document.body.innerText.includes(hostileValue),
        }),
        value,
      );
      expect(found).toEqual({ pwned: false, scripts: 0, images: 0, echoed: false });
    },
  );

  it('is left behind by the first real step, and the notice goes', async () => {
    const { page } = await app.open('?event=nope');
    expect(await page.locator('.link-notice').textContent()).toContain(NOTICE);
    await page
      .getByRole('navigation', { name: 'Timeline' })
      .getByRole('button', { name: /^next/i })
      .click();
    await expectSelected(page, events[0]!.id);
    expect(await page.locator('.link-notice').textContent()).toBe('');
  });
});
