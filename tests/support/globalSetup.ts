// Runs once before the browser test files: checks the build, finds the browser (unpacking
// the npm Chromium if that is the one, so the workers find it ready), and serves a snapshot
// of dist/ on loopback for every test file.
import type { TestProject } from 'vitest/node';
import { findChrome } from './browser.ts';
import { assertBuildMatchesData } from './build.ts';
import { startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site's root on 127.0.0.1, ending in a slash. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  assertBuildMatchesData();
  // Fails at once, with its message, when CHROME_PATH names nothing or there is no browser.
  const chrome = findChrome();
  const server = await startServer();
  console.log(`Browser tests: ${chrome.source}`);
  project.provide('siteUrl', server.url);
  return async () => {
    await server.close();
  };
}
