import type { Plugin } from 'vite';

const ENTRY = /<script type="module"(?=[^>]*\ssrc="[^"]*\/index-[\w-]+\.js")/g;

/**
 * Marks the page's entry script (src/main.tsx) `blocking="render"`: the browser paints
 * nothing until it has run. It is a few hundred bytes, fetched beside the stylesheet that
 * holds the first paint anyway, and runs once the (prerendered) document is parsed; it
 * must run before the first paint because it is what tells the embed (`?embed`) from the
 * full page, and an embed painted as the full page for a frame would flash the masthead in
 * the host's iframe. Browsers without `blocking` (Firefox, Safari) treat it as a plain
 * module script and may paint that frame. Vite drops the attribute from index.html, hence
 * this plugin.
 */
export function renderBlockingEntryPlugin(): Plugin {
  return {
    name: 'briefing-render-blocking-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const found = html.match(ENTRY)?.length ?? 0;
        if (found !== 1) throw new Error(`Expected one entry script in index.html, found ${found}`);
        return html.replace(ENTRY, '<script type="module" blocking="render"');
      },
    },
  };
}
