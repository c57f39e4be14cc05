// Takes the README's pictures of the embed: the briefing in a news article on another
// origin, sized by pym.js, on a desktop (a 700 px column) and a phone. Run by
// `npm run screenshots` after scripts/screenshots.ts, from the same production build.
import { join } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { EMBED_ID, startHostServer, type HostServer } from '../tests/support/embedHost.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/server.ts';

const OUT = 'docs/screenshots';

async function shootEmbed(
  browser: Browser,
  articleUrl: string,
  file: string,
  options: BrowserContextOptions,
) {
  const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (r) => r.abort(),
  );
  const page = await context.newPage();
  await page.goto(articleUrl);
  const frame = page.frameLocator(`#${EMBED_ID} iframe`);
  await frame.locator('.leaflet-container .place-pin').first().waitFor();
  // pym has sized the iframe to the embedded page once its height is the body's.
  const iframe = page.locator(`#${EMBED_ID} iframe`);
  for (;;) {
    const [set, body] = await Promise.all([
      iframe.getAttribute('height'),
      frame.locator('body').evaluate((b: HTMLElement) => b.offsetHeight),
    ]);
    if (set === `${body}px`) break;
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, file), fullPage: true });
  console.log(`wrote ${join(OUT, file)}`);
  await context.close();
}

const server = await startServer();
const host: HostServer = await startHostServer();
const browser = await launchBrowser();
const embedUrl = `${server.url}?embed&event=raid`;
try {
  await shootEmbed(browser, host.articleUrl({ embedUrl, column: 700 }), 'embed.png', {
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  await shootEmbed(browser, host.articleUrl({ embedUrl, column: 390 }), 'embed-phone.png', {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'light',
  });
  await shootEmbed(browser, host.articleUrl({ embedUrl, column: 700 }), 'embed-dark.png', {
    viewport: { width: 1280, height: 800 },
    colorScheme: 'dark',
  });
} finally {
  await browser.close();
  await host.close();
  await server.close();
}
