// The reading experience over time: steps replace the address and jumps add one entry;
// Overview; places that keep the reader in time; the view buttons; ← and → from the page;
// reading the story drives the map.
import { describe, expect, it } from 'vitest';
import { events, eventsAtPlace, getPlace, places } from '../src/data/index.ts';
import { PHONE, setUpBriefing } from './support/harness.ts';
import { handleOf, isInsideMap, nextFrames, openPopup, waitForMapToSettle } from './support/map.ts';
import { historyLength, nearestAt, reduce } from './support/reading.ts';
import {
  expectNothingSelected,
  expectSelected,
  mustGetEvent,
  stepper,
} from './support/selection.ts';

const app = setUpBriefing();

describe('history', () => {
  it('stepping (buttons and keys) adds no entry, and Back after only stepping leaves the page', async () => {
    const { page } = await app.open();
    const before = app.url('briefing.json');
    // Arrive from another page, as a reader does.
    await page.goto(before);
    await page.goto(app.url(''));
    await page.waitForSelector('.leaflet-container .place-pin');
    const start = await historyLength(page);
    const { next, previous } = stepper(page);
    await next.click();
    await next.click();
    await previous.click();
    await page.locator('.intro__summary').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, events[2]!.id);
    expect(await historyLength(page)).toBe(start);
    await page.goBack();
    await page.waitForURL(before);
  });

  it('a jump (card, place, popup link, Overview) adds one entry; Back returns from it', async () => {
    const { page } = await app.open(`?event=${events[0]!.id}`, { context: reduce });
    const start = await historyLength(page);
    const visited: string[] = [events[0]!.id];
    const expectJump = async (eventId: string | null) => {
      if (eventId) await expectSelected(page, eventId);
      else await expectNothingSelected(page);
      visited.push(eventId ?? '');
      expect(await historyLength(page)).toBe(start + visited.length - 1);
    };

    const card = events[4]!;
    await stepper(page).list.getByRole('link', { name: card.title }).click();
    await expectJump(card.id);

    // A place the card's event did not happen at: its event nearest in time.
    const place = places.find(
      (p) => p.id !== 'new-york' && !(card.placeIds as readonly string[]).includes(p.id),
    )!;
    const nearest = nearestAt(place.id, card.id);
    await page.getByRole('button', { name: 'Caribbean', exact: true }).click();
    await waitForMapToSettle(page);
    await handleOf(page, place).click();
    await expectJump(nearest);

    const other = eventsAtPlace(place.id).find((e) => e.id !== nearest);
    if (other) {
      await openPopup(page)
        .getByRole('button', { name: new RegExp(other.title) })
        .click();
      await expectJump(other.id);
    }

    await page.getByRole('button', { name: 'Overview' }).click();
    await expectJump(null);

    for (const eventId of visited.toReversed().slice(1)) {
      await page.goBack();
      await expectSelected(page, eventId);
    }
  });

  it('a story link adds one entry, after reading has replaced it', async () => {
    const { page } = await app.open('', { context: reduce });
    const start = await historyLength(page);
    // Reading: the story is scrolled until a passage sits mid-screen, which selects its event.
    const passage = page.locator('#story p[data-passage]').nth(2);
    const read = ((await passage.getAttribute('data-passage')) ?? '').split(' ')[0]!;
    await passage.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expectSelected(page, read);
    expect(await historyLength(page)).toBe(start);
    // The selection restyles the story (its sections' highlight): let that settle before
    // picking a link, so the click needs no scroll of its own (which would be reading).
    await nextFrames(page);
    // A link well inside the screen, to another event: a click on it is a jump.
    const index = await page.evaluate((current) => {
      const links = [...document.querySelectorAll('#story a.event-link')];
      return links.findIndex((a) => {
        const box = a.getBoundingClientRect();
        return (
          box.top > 100 &&
          box.bottom < window.innerHeight - 100 &&
          !a.getAttribute('href')?.endsWith(current)
        );
      });
    }, `=${read}`);
    expect(index).toBeGreaterThanOrEqual(0);
    const link = page.locator('#story a.event-link').nth(index);
    const target = new URLSearchParams((await link.getAttribute('href')) ?? '').get('event')!;
    await link.click();
    await expectSelected(page, target);
    expect(await historyLength(page)).toBe(start + 1);
    // The reader reads on, further down; Back returns to the event, not to the old scroll.
    const further = await page.evaluate(() => {
      window.scrollBy({ top: 300, behavior: 'instant' });
      return window.scrollY;
    });
    // Let the story report what is now mid-screen (it may select another event) first.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.goBack();
    await expectSelected(page, read);
    expect(await page.evaluate(() => window.scrollY)).toBe(further);
  });
});

describe('Overview', () => {
  it('clears the selection and shows the whole map', async () => {
    const { page } = await app.open(`?event=${events.at(-1)!.id}`);
    const caribbean = page.getByRole('button', { name: 'Caribbean', exact: true });
    expect(await caribbean.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('button', { name: 'Overview' }).click();
    await expectNothingSelected(page);
    // After the flight (this test keeps motion on: the view is judged where it lands).
    await expect
      .poll(() => caribbean.getAttribute('aria-pressed'), { timeout: 5_000 })
      .toBe('true');
    for (const place of places.filter((p) => p.id !== 'new-york'))
      expect(await isInsideMap(page, handleOf(page, place)), `${place.id}`).toBe(true);
    expect(await page.getByRole('button', { name: 'Overview' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });
});

describe('places keep the reader in time', () => {
  it('from the last event elsewhere, clicking Caracas selects the Caracas event nearest in order', async () => {
    // The last event that did not happen in Caracas (from one that did, the click keeps it).
    const atCaracas = eventsAtPlace('caracas');
    const last = events.findLast((e) => !atCaracas.includes(e))!;
    const nearest = mustGetEvent(nearestAt('caracas', last.id));
    // Not the place's first event, as a click used to pick (March 2019).
    expect(nearest.id).not.toBe(atCaracas[0]!.id);
    const { page } = await app.open(`?event=${last.id}`, { context: reduce });
    const caracas = getPlace('caracas')!;
    await page.getByRole('button', { name: 'Caracas', exact: true }).click();
    await waitForMapToSettle(page);
    await handleOf(page, caracas).click();
    await expectSelected(page, nearest.id);
    await openPopup(page).waitFor();
    expect(await openPopup(page).locator('button[aria-current="true"]').textContent()).toContain(
      nearest.title,
    );
  });

  it('clicking the place of the selected event keeps it selected', async () => {
    const event = events.find((e) => eventsAtPlace(e.placeIds[0]!)[0] !== e)!;
    const place = getPlace(event.placeIds[0]!)!;
    const { page } = await app.open(`?event=${event.id}`, { context: reduce });
    const start = await historyLength(page);
    await handleOf(page, place).click();
    await openPopup(page).waitFor();
    await expectSelected(page, event.id);
    expect(await historyLength(page)).toBe(start);
  });
});

describe('the view buttons', () => {
  it('show which view is on with aria-pressed, and work with a popup open', async () => {
    const { page } = await app.open('', { context: reduce });
    const caribbean = page.getByRole('button', { name: 'Caribbean', exact: true });
    const caracas = page.getByRole('button', { name: 'Caracas', exact: true });
    await expect.poll(() => caribbean.getAttribute('aria-pressed')).toBe('true');
    expect(await caracas.getAttribute('aria-pressed')).toBe('false');
    // And it shows: the pressed button looks unlike the other, filled and ringed.
    const look = (button: typeof caracas) =>
      button.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.boxShadow}`;
      });
    expect(await look(caribbean)).not.toBe(await look(caracas));
    expect(await look(caribbean)).toContain('inset');

    const sea = getPlace('caribbean-sea')!;
    await handleOf(page, sea).click();
    await openPopup(page).waitFor();
    await caracas.click();
    await expect.poll(() => caracas.getAttribute('aria-pressed')).toBe('true');
    expect(await caribbean.getAttribute('aria-pressed')).toBe('false');
    await waitForMapToSettle(page);
    expect(await isInsideMap(page, handleOf(page, getPlace('caracas')!))).toBe(true);

    // Panning leaves both views: neither is pressed.
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => caracas.getAttribute('aria-pressed')).toBe('false');
    expect(await caribbean.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('← and → from the page', () => {
  it('step from the story and the body, but not inside the map or a form control', async () => {
    const { page } = await app.open('', { context: reduce });
    const start = await historyLength(page);
    // Clicks on text in view: focusing a story link would scroll the page, and scrolling
    // the story selects what is read (tested below).
    await page.locator('.intro__summary').click();
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, events[0]!.id);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('ArrowRight');
    await expectSelected(page, events[1]!.id);
    await page.keyboard.press('ArrowLeft');
    await expectSelected(page, events[0]!.id);
    expect(await historyLength(page)).toBe(start);

    // In the map the keys pan it; on a checkbox they belong to the control.
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('checkbox', { name: 'Street map (online)' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('ArrowLeft');
    // Had either stepped, this would be past the first event, not on it.
    await expectSelected(page, events[0]!.id);
    expect(await stepper(page).next.getAttribute('aria-keyshortcuts')).toBe('ArrowRight');
  });

  it.each([
    ['desktop', reduce],
    ['phone', { ...reduce, ...PHONE }],
  ] as const)(
    '%s: Home and End go to the page’s top and bottom and leave the selection',
    async (_name, context) => {
      // An event from the middle: passages lie between it and either end of the page.
      const { id } = events[Math.floor(events.length / 2)]!;
      const { page } = await app.open(`?event=${id}`, { context });
      await expectSelected(page, id);
      await page.locator('body').focus();
      const end = () =>
        page.evaluate(() =>
          scrollY === 0
            ? 'Home'
            : Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1
              ? 'End'
              : 'between',
        );
      for (const key of ['End', 'Home', 'End']) {
        await page.keyboard.press(key);
        await expect.poll(end).toBe(key);
        // The passages the page passed on its way had their frames to be seen as read.
        await nextFrames(page);
        await nextFrames(page);
        await expectSelected(page, id);
      }
    },
  );
});

describe.each([
  ['desktop', { context: reduce }],
  ['phone', { context: { ...reduce, ...PHONE } }],
] as const)('reading drives the map (%s)', (_name, options) => {
  it('scrolling a passage into the middle of the screen selects its event, replacing the entry, and leaves the scroll alone', async () => {
    const { page } = await app.open('', options);
    const start = await historyLength(page);
    const passages = page.locator('#story p[data-passage]');
    const count = await passages.count();
    expect(count).toBeGreaterThan(3);
    let selected: string | null = null;
    for (const passage of await passages.all()) {
      const ids = ((await passage.getAttribute('data-passage')) ?? '').split(' ');
      // The reader scrolls until the passage's middle is at the screen's middle.
      const y = await passage.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const target = Math.round(window.scrollY + box.top + box.height / 2 - innerHeight / 2);
        window.scrollTo({ top: target, behavior: 'instant' });
        return window.scrollY;
      });
      const expected: string = selected && ids.includes(selected) ? selected : ids[0]!;
      await expectSelected(page, expected);
      selected = expected;
      // The selection took nothing from the reader's scroll.
      expect(await page.evaluate(() => window.scrollY)).toBe(y);
      expect(mustGetEvent(expected)).toBeDefined();
    }
    expect(await historyLength(page)).toBe(start);
  });
});
