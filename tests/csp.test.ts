// The built page's Content-Security-Policy: strict, and a full walk with the street tiles on
// breaks none of it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { events } from '../src/data/index.ts';
import { STREET_TILES_ORIGIN } from '../src/features/map/tileServer.ts';
import { CONTENT_SECURITY_POLICY } from '../scripts/csp.ts';
import { setUpBriefing } from './support/harness.ts';
import { waitForMapToSettle } from './support/map.ts';
import { expectSelected, stepper } from './support/selection.ts';

const app = setUpBriefing();

/** A 1×1 transparent PNG, served in place of every street tile. */
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Records every `securitypolicyviolation` from the first moment of the page's life. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile})`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('the Content-Security-Policy', () => {
  it('is in the built page, strict for scripts and plugins', async () => {
    const { page } = await app.open('', { waitForMap: false });
    const content = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const directives = new Map(
      (content ?? '').split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(content).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', STREET_TILES_ORIGIN]);
    expect(Object.fromEntries(directives)).toEqual(CONTENT_SECURITY_POLICY);
  });

  it('blocks an injected inline script (so the walk below can fail)', async () => {
    const { page } = await app.open('', {
      beforeGoto: recordViolations,
      expectedErrors: [/Content Security Policy/],
    });
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations(page)).toHaveLength(1);
  });

  it('a walk through every event with the street map on raises no violation', async () => {
    const tileRequests: string[] = [];
    const { page } = await app.open('', {
      beforeGoto: async (p) => {
        await recordViolations(p);
        await p.route(`${STREET_TILES_ORIGIN}/**`, (route) => {
          tileRequests.push(route.request().url());
          return route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
        });
      },
    });
    await page.getByRole('checkbox', { name: /street map/i }).check();
    const { next } = stepper(page);
    for (const event of events) {
      await next.click();
      await expectSelected(page, event.id);
    }
    await waitForMapToSettle(page);
    expect(tileRequests.length, 'street tiles requested').toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });
});
