import type { Plugin } from 'vite';
import { STATIC_MAP_FILE } from '../src/features/map/staticMapFile.ts';
import { prerenderPage, type Prerendered } from './prerender.ts';

const ROOT = '<div id="root"></div>';

/**
 * Writes the whole page into index.html's #root at build time (React hydrates it), and the
 * map picture beside it as static-map.svg. In development the page stays client-rendered,
 * and the picture is drawn on request.
 */
export function prerenderPlugin(): Plugin {
  let rendering: Promise<Prerendered> | undefined;
  let root = process.cwd();
  let mode = 'production';
  let isBuild = false;
  // One render per build, shared by the HTML and the picture.
  const render = () => (rendering ??= prerenderPage({ root, mode }));

  return {
    name: 'briefing-prerender',
    configResolved(config) {
      root = config.root;
      mode = config.mode;
      isBuild = config.command === 'build';
    },
    buildStart() {
      rendering = undefined;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!isBuild) return html;
        if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to fill`);
        const { html: app } = await render();
        return html.replace(ROOT, `<div id="root">${app}</div>`);
      },
    },
    async generateBundle() {
      if (!isBuild) return;
      const { staticMap } = await render();
      this.emitFile({ type: 'asset', fileName: STATIC_MAP_FILE, source: staticMap });
    },
    configureServer(server) {
      server.middlewares.use(`/${STATIC_MAP_FILE}`, (_req, res, next) => {
        prerenderPage({ server })
          .then(({ staticMap }) => {
            res.setHeader('Content-Type', 'image/svg+xml');
            res.end(staticMap);
          })
          .catch(next);
      });
    },
  };
}
