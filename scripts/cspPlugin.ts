import type { Plugin } from 'vite';
import { cspContent } from './csp.ts';

/**
 * Puts the Content-Security-Policy first in the built page's head, before any script or
 * stylesheet it governs. Build only: the dev server injects inline scripts of its own (React
 * Refresh), which a strict policy would block.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'briefing-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspContent() },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
