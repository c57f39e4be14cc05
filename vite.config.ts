/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appEntryPlugin } from './scripts/appEntryPlugin.ts';
import { basemapPlugin } from './scripts/basemapPlugin.ts';
import { briefingJsonPlugin } from './scripts/briefingJsonPlugin.ts';
import { cspPlugin } from './scripts/cspPlugin.ts';
import { editionInputs } from './scripts/editionPages.ts';
import { prerenderPlugin } from './scripts/prerenderPlugin.ts';
import { recordsPlugin } from './scripts/recordsPlugin.ts';
import { stressDataPlugin } from './scripts/stress/plugin.ts';

export default defineConfig(({ mode }) => ({
  // Relative asset paths, so the built site works from any folder or sub-path.
  base: './',
  plugins: [
    react(),
    basemapPlugin(),
    briefingJsonPlugin(),
    cspPlugin(),
    prerenderPlugin(),
    recordsPlugin(),
    // Every edition's page (es/index.html too), but the stress build's generated records
    // have no translation: it builds the English page only.
    appEntryPlugin(editionInputs(mode !== 'stress')),
    // npm run build:stress: the same app from a generated 1,000-event briefing.
    mode === 'stress' && stressDataPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // One stylesheet, linked from the page: the app's code is loaded after the first paint
    // (src/main.tsx), so styles must not wait for it. The manifest names the chunks for the
    // JavaScript budgets (scripts/budget.ts).
    cssCodeSplit: false,
    manifest: true,
    // Nothing to preload: one stylesheet, and the map chunk's imports are in the app's.
    modulePreload: false,
  },
  test: {
    // Vitest's default is one worker per core less one: a single worker on a 2-core machine.
    // The browser test files mostly wait on Chromium, so four run well side by side.
    maxWorkers: 4,
    // Limits for a test that hangs, not speed checks: generous, so a busy machine (another
    // build running, the four browser files at once) slows the suite down rather than
    // failing it. Tests wait on state, never on time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        // Data, dates, selection, geometry, build scripts: plain Node, no DOM to set up.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Pure functions and data: one module graph per worker, not one per file.
          isolate: false,
        },
      },
      {
        // Components, rendered with Testing Library in happy-dom (a DOM without layout;
        // about a third less CPU than jsdom for the same tests).
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          // One static server, started once, serves every browser test file; each worker
          // launches one Chromium (tests/support/harness.ts) for the files it runs, side by
          // side, each test in its own browser context. Without isolation a worker keeps its
          // modules (and so its Chromium) from one file to the next.
          globalSetup: ['./tests/support/globalSetup.ts'],
          isolate: false,
        },
      },
    ],
  },
}));
