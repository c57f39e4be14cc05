// Takes the README's screenshots from the production build: `npm run screenshots`.
// Needs Chromium (as the browser tests do) and, for the print page, pdftoppm (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/server.ts';

const OUT = 'docs/screenshots';
const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

async function shoot(
  browser: Browser,
  url: string,
  file: string,
  options: BrowserContextOptions,
  act?: (page: import('playwright-core').Page) => Promise<void>,
) {
  const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
  // Offline, as a reader with no network would see it: the bundled basemap only.
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (r) => r.abort(),
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.leaflet-container .place-pin');
  await act?.(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, file) });
  console.log(`wrote ${join(OUT, file)}`);
  await context.close();
}

/** The Caracas view: GeoNames' districts and towns around the capital, and the scale. */
async function showCaracas(page: import('playwright-core').Page) {
  await page.locator('.map-panel').evaluate((el) => el.scrollIntoView());
  await page.getByRole('button', { name: 'Caracas', exact: true }).click();
  await page.waitForSelector('.leaflet-container[aria-busy="false"] .basemap-label--town', {
    state: 'attached',
  });
}

mkdirSync(OUT, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
try {
  await shoot(browser, server.url, 'desktop-light.png', { ...DESKTOP, colorScheme: 'light' });
  await shoot(browser, server.url, 'desktop-dark.png', { ...DESKTOP, colorScheme: 'dark' });
  await shoot(browser, `${server.url}?event=raid`, 'phone.png', { ...PHONE, colorScheme: 'light' });
  // The Spanish edition, at the raid.
  await shoot(browser, `${server.url}es/?event=raid`, 'es-desktop.png', {
    ...DESKTOP,
    colorScheme: 'light',
  });
  await shoot(browser, `${server.url}es/?event=raid`, 'es-phone.png', {
    ...PHONE,
    colorScheme: 'light',
  });
  await shoot(
    browser,
    `${server.url}?event=raid`,
    'phone-mid-story.png',
    { ...PHONE, colorScheme: 'light' },
    async (page) => {
      // A reader halfway down the story: the map stuck on top, the passage being read
      // mid-screen (which selected its event), the event and the stepper docked below.
      const passage = page.locator('#story p[data-passage]').nth(4);
      await passage.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const eventId = (await passage.getAttribute('data-passage'))?.split(' ')[0] ?? '';
      await page.waitForURL(new RegExp(`event=${eventId}`));
    },
  );
  await shoot(
    browser,
    `${server.url}?event=raid`,
    'desktop-mid-story.png',
    { ...DESKTOP, colorScheme: 'light' },
    async (page) => {
      const passage = page.locator('#story p[data-passage]').nth(3);
      await passage.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const eventId = (await passage.getAttribute('data-passage'))?.split(' ')[0] ?? '';
      await page.waitForURL(new RegExp(`event=${eventId}`));
    },
  );
  await shoot(
    browser,
    `${server.url}?event=tanker-seized`,
    'event-popup.png',
    { ...DESKTOP, colorScheme: 'light' },
    async (page) => {
      // From the last event, a click on Caracas: its event nearest in time, and its popup.
      await page.locator('[data-place-handle="caracas"]').click();
      await page.waitForSelector('.leaflet-popup .place-popup');
    },
  );

  await shoot(
    browser,
    server.url,
    'caracas.png',
    { ...DESKTOP, colorScheme: 'light' },
    showCaracas,
  );
  await shoot(
    browser,
    server.url,
    'phone-caracas.png',
    { ...PHONE, colorScheme: 'light' },
    showCaracas,
  );

  // Print: Chromium's PDF of the page, first page turned into a PNG.
  const context = await browser.newContext({ ...DESKTOP, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.leaflet-container');
  const dir = mkdtempSync(join(tmpdir(), 'briefing-print-'));
  const pdf = join(dir, 'print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(OUT, 'print-page-1'),
  ]);
  console.log(`wrote ${join(OUT, 'print-page-1.png')}`);
  rmSync(dir, { recursive: true });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
