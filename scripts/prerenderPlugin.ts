import type { Plugin } from 'vite';
import type { Locale } from '../src/data/index.ts';
import { STATIC_MAP_FILE } from '../src/features/map/staticMapFile.ts';
import { EDITION_DIRS, localeOfPage, localesOf } from './editionPages.ts';
import { prerenderPage, type Prerendered } from './prerender.ts';

const ROOT = '<div id="root"></div>';

/**
 * Writes the whole page into each edition's index.html #root at build time (React hydrates
 * it), and the map picture beside each page as static-map.svg (es/static-map.svg is drawn
 * with the Spanish names). In development the page stays client-rendered, and the picture
 * is drawn on request.
 */
export function prerenderPlugin(): Plugin {
  let renders = new Map<Locale, Promise<Prerendered>>();
  let root = process.cwd();
  let mode = 'production';
  let isBuild = false;
  let locales: Locale[] = ['en'];
  // One render per edition and build, shared by the HTML and the picture.
  const render = (locale: Locale) => {
    let rendering = renders.get(locale);
    if (!rendering) renders.set(locale, (rendering = prerenderPage({ root, mode, locale })));
    return rendering;
  };

  return {
    name: 'briefing-prerender',
    configResolved(config) {
      root = config.root;
      mode = config.mode;
      isBuild = config.command === 'build';
      locales = localesOf(config.build.rollupOptions.input);
    },
    buildStart() {
      renders = new Map();
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!isBuild) return html;
        if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to fill`);
        const { html: app, records } = await render(localeOfPage(context.path));
        if (!html.includes('</body>')) throw new Error('index.html has no </body>');
        // The records go last: the text above paints before they arrive.
        return html
          .replace(ROOT, `<div id="root">${app}</div>`)
          .replace('</body>', `${records}\n  </body>`);
      },
    },
    async generateBundle() {
      if (!isBuild) return;
      for (const locale of locales) {
        const { staticMap } = await render(locale);
        const fileName = `${EDITION_DIRS[locale]}${STATIC_MAP_FILE}`;
        this.emitFile({ type: 'asset', fileName, source: staticMap });
      }
    },
    configureServer(server) {
      // /static-map.svg and /es/static-map.svg: each page's picture, beside it.
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.endsWith(`/${STATIC_MAP_FILE}`)) return next();
        const locale = localeOfPage(path);
        if (path !== `/${EDITION_DIRS[locale]}${STATIC_MAP_FILE}`) return next();
        prerenderPage({ server, locale })
          .then(({ staticMap }) => {
            res.setHeader('Content-Type', 'image/svg+xml');
            res.end(staticMap);
          })
          .catch(next);
      });
    },
  };
}
