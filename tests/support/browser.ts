// Finds a Chromium for the browser tests, with nothing but npm: CHROME_PATH, else the
// Chromium that the optional npm dependency @sparticuz/chromium carries inside its package
// (where it runs: Linux), else a system Chrome or Chromium. Never skips: no browser is an
// error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian, Ubuntu and Google put their browsers. */
const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The flags every test browser starts with: headless, no sandbox, and no calls home. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Offline but for loopback: every host name fails to resolve, so nothing leaves the machine
 * (tests that want a tile server fulfil its requests with routes, which answer before any
 * lookup). A launch flag rather than a route on every context: routes send each request
 * through the test process, which costs CPU on every page load.
 */
export const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export interface FoundChrome {
  readonly executablePath: string;
  /** Extra environment for the browser process (the npm Chromium's libraries and fonts). */
  readonly env: Readonly<Record<string, string>>;
  /** Where it came from, for the test log. */
  readonly source: string;
}

const require = createRequire(import.meta.url);

/**
 * Unpacks @sparticuz/chromium's brotli archives (the browser, the NSS libraries it links to,
 * and a font) once per package version into the temp folder. A per-version folder, filled
 * in a staging folder and renamed into place, means another version's leftovers or a
 * half-finished unpack from a killed run are never picked up.
 */
function unpackNpmChromium(): FoundChrome | null {
  let root: string;
  try {
    // The package's exports hide package.json; its entry point is at build/cjs/index.cjs.
    root = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  } catch {
    return null;
  }
  const packageJson = join(root, 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const bin = join(root, 'bin');
  const home = join(tmpdir(), `briefing-chromium-${version}`);
  const executablePath = join(home, 'chromium');

  if (!existsSync(join(home, 'complete'))) {
    const staging = `${home}.${process.pid}.partial`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const unbrotli = (name: string) => brotliDecompressSync(readFileSync(join(bin, name)));
    execFileSync('tar', ['-x', '-C', staging], { input: unbrotli('al2023.tar.br') });
    execFileSync('tar', ['-x', '-C', staging], { input: unbrotli('fonts.tar.br') });
    writeFileSync(join(staging, 'chromium'), unbrotli('chromium.br'), {
      mode: 0o755,
    });
    // The package's fonts.conf points at Lambda's folders; ours points at the unpacked font
    // (and the system's fonts, where there are any).
    writeFileSync(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${join(home, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
        `  <cachedir>${join(home, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    writeFileSync(join(staging, 'complete'), version);
    rmSync(home, { recursive: true, force: true });
    try {
      renameSync(staging, home);
    } catch (error) {
      // Another process finished first: its copy is as good as ours.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(join(home, 'complete'))) throw error;
    }
  }
  return {
    executablePath,
    env: {
      LD_LIBRARY_PATH: [join(home, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: home,
    },
    source: `@sparticuz/chromium ${version} (npm), unpacked in ${home}`,
  };
}

/** The npm Chromium where it runs: @sparticuz/chromium's browser is built for Linux. */
const npmChromeHere = () => (process.platform === 'linux' ? unpackNpmChromium() : null);

/** The first system Chrome or Chromium there is. */
function systemChrome(): FoundChrome | null {
  const path = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  return path ? { executablePath: path, env: {}, source: path } : null;
}

/**
 * The browser the tests drive. Throws a message that says how to get one.
 *
 * The npm Chromium comes first wherever it runs: every machine then tests the same pinned
 * browser, and it is a headless shell, about twice as fast as a full Chromium in headless
 * mode (the browser tests took 56 s with it here, 125 s with Debian's Chromium 156).
 * `BRIEFING_BROWSER=system` prefers the system's browser, `BRIEFING_BROWSER=npm` insists
 * on npm's (CI sets it); `prefer` is the default when neither is set (the benchmark
 * measures the browser readers have, a full Chromium, where there is one).
 */
export function findChrome(prefer: 'npm' | 'system' = 'npm'): FoundChrome {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, env: {}, source: `CHROME_PATH (${fromEnv})` };
  }
  const choice = process.env.BRIEFING_BROWSER;
  if (choice === 'npm') {
    const pinned = unpackNpmChromium();
    if (!pinned)
      throw new Error(
        'BRIEFING_BROWSER=npm, but the optional npm dependency @sparticuz/chromium is not ' +
          'installed: run `npm install`.',
      );
    return pinned;
  }
  const found =
    (choice ?? prefer) === 'system'
      ? (systemChrome() ?? npmChromeHere())
      : (npmChromeHere() ?? systemChrome());
  if (found) return found;
  throw new Error(
    `No Chromium found: CHROME_PATH is unset, none of ${SYSTEM_CANDIDATES.join(', ')} exists, ` +
      'and the optional npm dependency @sparticuz/chromium is not installed. Run `npm install` ' +
      '(it installs that Chromium), or set CHROME_PATH to a Chrome or Chromium binary.',
  );
}

/** Starts a browser of its own, for scripts that run outside the test runner (screenshots). */
export function launchBrowser(): Promise<Browser> {
  const chrome = findChrome();
  return chromium.launch({
    executablePath: chrome.executablePath,
    args: CHROME_ARGS,
    env: { ...process.env, ...chrome.env } as Record<string, string>,
  });
}
