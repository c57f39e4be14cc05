// Renders the page to HTML at build time with React's own server renderer, and the map to
// a picture, loading src/ through a Vite server in SSR mode: the same modules, aliases and
// virtual modules (virtual:basemap) as the client build, with no second bundle to keep.
import { createElement, StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createServer, type ViteDevServer } from 'vite';
import { recordsBlock } from './recordsPlugin.ts';
import { renderStaticMap } from './staticMap.ts';
import { staticMapLayers } from './staticMapLayers.ts';
import type { Locale } from '../src/data/index.ts';

type AppModule = typeof import('../src/App.tsx');
type EditionModule = typeof import('../src/locale/useEdition.ts');
type LoadEditionModule = typeof import('../src/locale/loadEdition.ts');
type GeometryModule = typeof import('../src/features/map/geometry.ts');
type RecordsModule = typeof import('../src/data/records.ts');

export interface Prerendered {
  /** The app's HTML, to go inside <div id="root">. */
  readonly html: string;
  /** The map picture, an SVG document. */
  readonly staticMap: string;
  /** The briefing's records as a JSON data block, for the end of the page's body. */
  readonly records: string;
}

/** Renders with an existing Vite server (the dev server), or a throwaway one (a build). */
export async function prerenderPage(
  options: { server?: ViteDevServer; root?: string; mode?: string; locale?: Locale } = {},
): Promise<Prerendered> {
  const server =
    options.server ??
    (await createServer({
      root: options.root,
      mode: options.mode,
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false },
      // Nothing is served to a browser, so nothing needs pre-bundling.
      optimizeDeps: { noDiscovery: true, include: [] },
    }));
  try {
    const { App } = (await server.ssrLoadModule('/src/App.tsx')) as AppModule;
    const { EditionContext } = (await server.ssrLoadModule(
      '/src/locale/useEdition.ts',
    )) as EditionModule;
    const { loadEdition } = (await server.ssrLoadModule(
      '/src/locale/loadEdition.ts',
    )) as LoadEditionModule;
    // The edition's words and briefing, as hydrate.tsx gives them to the page.
    const edition = await loadEdition(options.locale ?? 'en');
    const { OVERVIEW } = (await server.ssrLoadModule(
      '/src/features/map/geometry.ts',
    )) as GeometryModule;
    const basemap = await server.ssrLoadModule('virtual:basemap');
    const records = (await server.ssrLoadModule('/src/data/records.ts')) as RecordsModule;

    const { prelude } = await prerender(
      createElement(
        StrictMode,
        null,
        createElement(EditionContext, { value: edition }, createElement(App)),
      ),
    );
    const html = await new Response(prelude).text();
    const { svg } = renderStaticMap({
      layers: staticMapLayers(basemap as { default: unknown }),
      places: edition.briefing.places,
      labels: edition.briefing.mapLabels,
      lang: edition.ui.lang,
      view: OVERVIEW,
    });
    const { events, places, sections, glossary, keyFacts, meta } = records;
    return {
      html,
      staticMap: svg,
      records: recordsBlock({ events, places, sections, glossary, keyFacts, meta }),
    };
  } finally {
    if (!options.server) await server.close();
  }
}
