// The performance benchmark: `npm run bench` (not part of npm test: it takes minutes and its
// numbers depend on the machine). For each built site (dist/, and dist-stress/ if built):
//   - JavaScript cost from the files (scripts/budget.ts);
//   - Lighthouse, mobile and desktop presets, several interleaved runs, medians;
//   - step latency: Next pressed → the next painted frame with every view updated, at 4×
//     CPU throttling, median and p95 over many steps. Each press comes once the page is at
//     rest (the target applies to this: a reader reads a step before pressing again), and,
//     for comparison, once more with each press as soon as the last step is painted (a
//     held arrow key), when the last step's after-work (a zoom's new names, say) still runs.
// The site is served gzip-compressed on 127.0.0.1; the browser can reach nothing else.
//
//   npm run bench                        # dist and dist-stress, 3 runs, 40 steps
//   npm run bench -- --runs 5 --steps 60 --sites dist
//   npm run bench -- --sites /tmp/old-dist       # any built folder, e.g. before a change
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../tests/support/browser.ts';
import { BUDGETS, jsCost, kb } from './budget.ts';
import { serveGzip } from './gzipServer.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    steps: { type: 'string', default: '40' },
    sites: { type: 'string', default: 'dist,dist-stress' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const STEPS = Number(args.steps);
const THROTTLE = 4;

const TARGETS = {
  dist: { lcp: 1200, tbt: 50, cls: 0.01, score: 100, stepMedian: 50 },
  'dist-stress': { lcp: Infinity, tbt: 200, cls: 0.01, score: 0, stepMedian: 50 },
} as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// Everything but the page's own server is unreachable: the run is offline.
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

const median = (xs: readonly number[]) => quantile(xs, 0.5);
function quantile(xs: readonly number[], q: number): number {
  const s = xs.toSorted((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
}
const mark = (ok: boolean) => (ok ? 'ok ' : 'MISS');

interface LighthouseRun {
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  scores: Record<string, number>;
}

async function runLighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChrome('system').executablePath,
    chromeFlags: [...CHROME_ARGS, OFFLINE],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const { audits, categories } = result.lhr;
    const num = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      fcp: num('first-contentful-paint'),
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? NaN) * 100)]),
      ),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Presses Next `steps` times, each time timing from the press to the end of the first
 * painted frame in which every view shows the new event (the timeline's current item, the
 * event card, the highlighted story section, the map at rest with its names placed).
 */
async function stepLatencies(url: string, steps: number, atRest: boolean): Promise<number[]> {
  const chrome = findChrome('system');
  const browser = await chromium.launch({
    executablePath: chrome.executablePath,
    args: [...CHROME_ARGS, OFFLINE],
    env: { ...process.env, ...chrome.env } as Record<string, string>,
  });
  try {
    // The desktop layout, where every view is on screen at once; reduced motion, so the map
    // jumps (a flight's length is a choice of style, not latency).
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    // tsx compiles this file with esbuild's keepNames, whose __name helper the functions
    // handed to the page would call; the page gets a do-nothing one.
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(url);
    await page.locator('.leaflet-container .leaflet-marker-icon').first().waitFor();
    const next = page.getByRole('button', { name: /^Next\b/ });
    // Warm up: the first steps load nothing new, but let the JIT see the code once.
    for (let i = 0; i < 3; i++) await next.click();
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      // At rest: two frames painted, then an idle moment with no task waiting.
      if (atRest)
        await page.evaluate(
          () =>
            new Promise((settled) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() =>
                  requestIdleCallback(() => settled(null), { timeout: 2000 }),
                ),
              ),
            ),
        );
      const ms = await next.evaluate(
        (button) =>
          new Promise<number>((done) => {
            // This function runs in the page, so its helpers must live inside it.
            // oxlint-disable-next-line unicorn/consistent-function-scoping
            const current = () =>
              document.querySelector('#timeline-list [aria-current="true"]')?.textContent ?? '';
            const before = current();
            const isUpdated = () => {
              const now = current();
              const title = document.getElementById('event-detail-title')?.textContent ?? '';
              const map = document.querySelector('.leaflet-container');
              return (
                now !== before &&
                title !== '' &&
                now.includes(title) &&
                document.querySelector('[data-highlighted]') !== null &&
                map?.getAttribute('aria-busy') !== 'true'
              );
            };
            const t0 = performance.now();
            (button as HTMLButtonElement).click();
            // Each frame is judged by what it painted: a message posted from an animation
            // frame callback lands after that frame's paint. (The map clears aria-busy only
            // in a frame callback of its own, where it places the names, so no later task
            // can pass off an unpainted state. Judged inside our callback, which runs before
            // the map's, every step counted one frame too many.)
            const frame = () =>
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.addEventListener('message', () => {
                  if (isUpdated()) done(performance.now() - t0);
                  else frame();
                });
                channel.port1.start();
                channel.port2.postMessage(null);
              });
            frame();
          }),
      );
      times.push(ms);
      // At the end of the timeline, go back to the start and keep stepping.
      if ((await next.getAttribute('aria-disabled')) === 'true')
        await page.getByRole('button', { name: /Previous/ }).press('Home');
    }
    return times;
  } finally {
    await browser.close();
  }
}

async function benchSite(site: string) {
  // Any folder may be measured (an older build, say); its name says which targets apply.
  const target = TARGETS[/stress/.test(site) ? 'dist-stress' : 'dist'];
  console.log(`\n== ${site}/ ==`);
  const cost = jsCost(site);
  console.log(
    `JavaScript (gzip): before readable ${kb(cost.beforeReadable)} [${mark(cost.beforeReadable <= BUDGETS.beforeReadable)}], ` +
      `first interaction ${kb(cost.firstInteraction)} [${mark(cost.firstInteraction <= BUDGETS.firstInteraction)}], ` +
      `all ${kb(cost.all)} [${mark(cost.all <= BUDGETS.all)}]`,
  );
  for (const f of cost.files) console.log(`  ${f.name.padEnd(40)} ${kb(f.gzip)}`);

  const server = await serveGzip(site);
  try {
    if (!args['no-lighthouse']) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const runs: LighthouseRun[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(server.url, preset));
        const m = (f: (r: LighthouseRun) => number) => median(runs.map(f));
        const lcp = m((r) => r.lcp);
        const tbt = m((r) => r.tbt);
        const cls = m((r) => r.cls);
        const isMobile = preset === 'mobile';
        console.log(
          `Lighthouse ${preset}, median of ${RUNS}: FCP ${m((r) => r.fcp).toFixed(0)} ms, ` +
            `LCP ${lcp.toFixed(0)} ms${isMobile ? ` [${mark(lcp <= target.lcp)}]` : ''} ` +
            `(runs: ${runs.map((r) => r.lcp.toFixed(0)).join(', ')}), ` +
            `TBT ${tbt.toFixed(0)} ms${isMobile ? ` [${mark(tbt <= target.tbt)}]` : ''}, ` +
            `CLS ${cls.toFixed(3)} [${mark(cls <= target.cls)}]`,
        );
        console.log(
          `  scores: ${CATEGORIES.map((c) => {
            const s = m((r) => r.scores[c] ?? NaN);
            return `${c} ${s}${target.score ? ` [${mark(s >= target.score)}]` : ''}`;
          }).join(', ')}`,
        );
      }
    }
    const steps = await stepLatencies(server.url, STEPS, true);
    const med = median(steps);
    console.log(
      `Step latency at ${THROTTLE}× CPU, ${steps.length} steps, each pressed at rest: ` +
        `median ${med.toFixed(1)} ms [${mark(med <= target.stepMedian)}], ` +
        `p95 ${quantile(steps, 0.95).toFixed(1)} ms, max ${Math.max(...steps).toFixed(1)} ms`,
    );
    const held = await stepLatencies(server.url, STEPS, false);
    console.log(
      `  pressed back to back (no target): median ${median(held).toFixed(1)} ms, ` +
        `p95 ${quantile(held, 0.95).toFixed(1)} ms, max ${Math.max(...held).toFixed(1)} ms`,
    );
  } finally {
    await server.close();
  }
}

const sites = (args.sites ?? '').split(',').filter(Boolean);
for (const site of sites) {
  if (!existsSync(`${site}/index.html`)) {
    console.log(
      `\n== ${site}/ == not built (${site === 'dist' ? 'npm run build' : 'npm run build:stress'})`,
    );
    continue;
  }
  await benchSite(site);
}
