// Runs once before the browser test files: checks the build, serves a snapshot of dist/ on
// loopback, and starts the one Chromium that every test file connects to.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROME_ARGS, findChrome } from './browser.ts';
import { assertBuildMatchesData } from './build.ts';
import { startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site's root on 127.0.0.1, ending in a slash. */
    siteUrl: string;
    /** The shared Chromium's endpoint, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  assertBuildMatchesData();
  const chrome = findChrome();
  const server = await startServer();
  const browser = await chromium.launchServer({
    executablePath: chrome.executablePath,
    args: CHROME_ARGS,
    env: { ...process.env, ...chrome.env } as Record<string, string>,
  });
  console.log(`Browser tests: ${chrome.source}`);
  project.provide('siteUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
