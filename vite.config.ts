/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appEntryPlugin } from './scripts/appEntryPlugin.ts';
import { basemapPlugin } from './scripts/basemapPlugin.ts';
import { briefingJsonPlugin } from './scripts/briefingJsonPlugin.ts';
import { cspPlugin } from './scripts/cspPlugin.ts';
import { prerenderPlugin } from './scripts/prerenderPlugin.ts';
import { renderBlockingEntryPlugin } from './scripts/renderBlockingEntryPlugin.ts';
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
    appEntryPlugin(),
    // The entry tells the embed from the full page before the first paint (src/main.tsx).
    renderBlockingEntryPlugin(),
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
    projects: [
      {
        // Data, dates, selection, geometry, build scripts: plain Node, no DOM to set up.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        // Components, rendered with Testing Library in jsdom.
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
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
          // One Chromium and one static server, started once, serve every browser test file;
          // the files run side by side, each in its own browser contexts.
          globalSetup: ['./tests/support/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
}));
