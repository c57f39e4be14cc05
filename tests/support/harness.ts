// Each test file uses its worker's Chromium and the one static server that globalSetup.ts
// started, opens a fresh context per page, and checks after every test that no page logged
// a console error or threw.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterEach, beforeAll, expect, inject } from 'vitest';
import { places } from '../../src/data/index.ts';
import { CHROME_ARGS, findChrome, OFFLINE_ARGS } from './browser.ts';
import { handleOf } from './map.ts';

/** The desktop window every test uses unless it asks for another. */
export const DESKTOP = { width: 1280, height: 800 } as const;

/** An iPhone-sized window with touch, for the phone tests. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

export interface OpenOptions {
  /** Options for the page's own context (viewport, colorScheme, reducedMotion…). */
  readonly context?: BrowserContextOptions;
  /** Console errors the test provokes on purpose, matched against "text (url)". */
  readonly expectedErrors?: readonly RegExp[];
  /** Runs after the default routes and before navigation: extra routes, listeners. */
  readonly beforeGoto?: (page: Page, context: BrowserContext) => Promise<void>;
  /** Wait for the map's pins (default true). */
  readonly waitForMap?: boolean;
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions, except the expected ones. */
  readonly errors: string[];
  /** Every URL the page requested, aborted or not, in order. */
  readonly requests: string[];
}

export interface Briefing {
  /** The absolute URL of a path relative to the site root: `?event=raid`, `briefing.json`. */
  url(path?: string): string;
  /** Opens the briefing in a fresh context (the browser is offline except for 127.0.0.1). */
  open(path?: string, options?: OpenOptions): Promise<OpenedPage>;
}

/**
 * Whether a request leaves the machine. The test browser cannot make one: it starts with
 * OFFLINE_ARGS (globalSetup.ts), so every host but 127.0.0.1 fails to resolve. Requests
 * are still recorded, so a test can assert that none was even tried.
 */
export const isOffsite = (url: URL) =>
  url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1';

let launched: Promise<Browser> | undefined;

/**
 * The test worker's Chromium: launched by the first test file the worker runs and kept for
 * the others (the browser project runs without isolation, so this module lives as long as
 * the worker; Playwright closes the browser when the worker exits). A browser per worker
 * rather than one shared through a server: every protocol message would otherwise pass
 * through the main Vitest process as well.
 */
function workerBrowser(): Promise<Browser> {
  launched ??= (async () => {
    const chrome = findChrome();
    return chromium.launch({
      executablePath: chrome.executablePath,
      args: [...CHROME_ARGS, ...OFFLINE_ARGS],
      env: { ...process.env, ...chrome.env } as Record<string, string>,
    });
  })();
  return launched;
}

/** Registers the file's hooks and returns the way its tests open pages. */
export function setUpBriefing(): Briefing {
  let browser: Browser | undefined;
  let opened: OpenedPage[] = [];
  const siteUrl = inject('siteUrl');

  beforeAll(async () => {
    browser = await workerBrowser();
  });

  afterEach(async () => {
    const pages = opened;
    opened = [];
    await Promise.all(pages.map(({ context }) => context.close()));
    const errors = pages.flatMap((p) => p.errors);
    expect(errors, 'console errors and uncaught exceptions').toEqual([]);
  });

  const url = (path = '') => new URL(path, siteUrl).href;

  async function open(path = '', options: OpenOptions = {}): Promise<OpenedPage> {
    if (!browser) throw new Error('open() is for tests, after beforeAll has started Chromium');
    // Reduced motion unless a test asks for motion: jumps, not flights, so nothing moves
    // under a click.
    const context = await browser.newContext({
      viewport: DESKTOP,
      reducedMotion: 'reduce',
      ...options.context,
    });
    // Shorter than the test's own 30 s, so a missing element fails with Playwright's message.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const result: OpenedPage = { page, context, errors: [], requests: [] };
    opened.push(result);

    const expected = options.expectedErrors ?? [];
    const report = (message: string) => {
      if (!expected.some((re) => re.test(message))) result.errors.push(message);
    };
    page.on('console', (msg) => {
      if (msg.type() === 'error') report(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (error) => report(`uncaught: ${error.stack ?? error.message}`));
    context.on('request', (request) => result.requests.push(request.url()));

    await options.beforeGoto?.(page, context);
    await page.goto(url(path));
    if (options.waitForMap ?? true) await waitForPlaces(page);
    return result;
  }

  return { url, open };
}

/**
 * Waits until the live map shows its places (the first place's handle is there). The map's
 * chunk loads only once the map nears the viewport (MapSection), so a page that opens far
 * from it (a phone, where the headline fills the screen) is scrolled to the map, as a
 * reader would, and back to where it was.
 */
export async function waitForPlaces(page: Page): Promise<void> {
  const first = places[0];
  if (!first) throw new Error('The data has no places');
  const handle = handleOf(page, first);
  if (await handle.count()) return;
  const scrolled = await page.evaluate(() => [window.scrollX, window.scrollY] as const);
  await page.getByRole('region', { name: 'Map', exact: true }).scrollIntoViewIfNeeded();
  await handle.waitFor();
  await page.evaluate(([x, y]) => window.scrollTo(x, y), scrolled);
}
