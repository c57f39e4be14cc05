import type { HtmlTagDescriptor, Plugin, ViteDevServer } from 'vite';
import type { Locale } from '../src/data/index.ts';
import { englishUi } from '../src/locale/ui.ts';
import { spanishUi } from '../src/locale/ui.es.ts';
import { EDITION_DIRS, localeOfPage, localesOf, relativeDir } from './editionPages.ts';
import { CARD_HEIGHT, CARD_WIDTH, socialCardPng } from './socialCard.ts';

const FILE = 'briefing.json';
/** The link-preview card, beside each edition's page. */
const CARD_FILE = 'card.png';
const DATA = '/src/data/index.ts';
const EDITIONS = '/src/data/editions.ts';

type DataModule = typeof import('../src/data/index.ts');
type EditionsModule = typeof import('../src/data/editions.ts');

/** Each edition's words around the data (Open Graph's locale, the card's "Updated"). */
const EDITION = {
  en: {
    ui: englishUi,
    ogLocale: 'en_US',
    cardAlt: (headline: string) => `${headline}: a map of Venezuela with Caracas marked`,
  },
  es: {
    ui: spanishUi,
    ogLocale: 'es_419',
    cardAlt: (headline: string) => `${headline}: un mapa de Venezuela con Caracas señalada`,
  },
} as const satisfies Record<Locale, unknown>;

/**
 * The data module and its editions. In development they are loaded through Vite's module
 * graph, so an edit is seen without restarting the server; in a build, imported once.
 */
export async function loadData(
  server?: ViteDevServer,
): Promise<{ data: DataModule; editions: EditionsModule }> {
  if (server)
    return {
      data: (await server.ssrLoadModule(DATA)) as DataModule,
      editions: (await server.ssrLoadModule(EDITIONS)) as EditionsModule,
    };
  return {
    data: await import('../src/data/index.ts'),
    editions: await import('../src/data/editions.ts'),
  };
}

/**
 * The same checks the tests run, over every edition the build writes: a broken record, in
 * English or in a translation, fails the build.
 */
function validate(
  { data, editions }: Awaited<ReturnType<typeof loadData>>,
  locales: readonly Locale[],
) {
  const problems = locales.includes('es') ? editions.validateEditions() : data.validateBriefing();
  if (problems.length) throw new Error(`The briefing data is broken:\n- ${problems.join('\n- ')}`);
}

/** An edition's data as JSON, in the one export shape (briefingExport). */
function renderJson(loaded: Awaited<ReturnType<typeof loadData>>, locale: Locale): string {
  const { data, editions } = loaded;
  return `${JSON.stringify(data.briefingExport(editions.editions[locale]), null, 2)}\n`;
}

const escapeText = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/**
 * The site's public address, for the absolute URLs that link previews need:
 * `BRIEFING_SITE_URL=https://news.example/venezuela/ npm run build`. Unset, the page's
 * preview links are relative, it names no canonical URL or language alternates, and the
 * build says so.
 */
export function siteUrl(env = process.env): string | null {
  const value = env.BRIEFING_SITE_URL?.trim();
  if (!value) return null;
  const url = new URL(value);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * A file of an edition's folder, seen from `from`'s page: absolute when the site's address
 * is known, else relative ("./card.png", "es/", "../").
 */
const at = (site: string | null, from: Locale, to: Locale, file = '') =>
  site
    ? new URL(`${EDITION_DIRS[to]}${file}`, site).href
    : `${relativeDir(from, to)}${file}` || './';

/** JSON inside a <script> element: `<` escaped so no text can close the element early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** `<meta property=…>`, as Open Graph writes its tags. */
const property = (name: string, content: string): HtmlTagDescriptor => ({
  tag: 'meta',
  attrs: { property: name, content },
  injectTo: 'head',
});

/** `<meta name=…>`, as Twitter and HTML write theirs. */
const named = (name: string, content: string): HtmlTagDescriptor => ({
  tag: 'meta',
  attrs: { name, content },
  injectTo: 'head',
});

/**
 * The page's title and description, its link-preview tags (Open Graph, Twitter) and its
 * schema.org NewsArticle, all from the data. Vite escapes attribute values itself.
 */
export function headTags(
  { data, editions }: Awaited<ReturnType<typeof loadData>>,
  site: string | null,
  locale: Locale,
  locales: readonly Locale[],
): HtmlTagDescriptor[] {
  const { meta } = editions.editions[locale] ?? data.english;
  const { ogLocale, cardAlt } = EDITION[locale];
  const page = at(site, locale, locale);
  const card = at(site, locale, locale, CARD_FILE);
  // Each edition names every edition, itself too, and the English one as the default. Only
  // with the site's address: search engines take absolute URLs only, and count a relative
  // hreflang or canonical as an error (Lighthouse's SEO audit fails the page for it). The
  // editions' own link to each other is in the page either way.
  const alternates =
    locales.length < 2 || !site
      ? []
      : [
          ...locales.map((other): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'alternate', hreflang: other, href: at(site, locale, other) },
            injectTo: 'head',
          })),
          {
            tag: 'link',
            attrs: { rel: 'alternate', hreflang: 'x-default', href: at(site, locale, 'en') },
            injectTo: 'head',
          } satisfies HtmlTagDescriptor,
        ];
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.headline,
    description: meta.description,
    datePublished: meta.published,
    dateModified: meta.updated,
    image: [card],
    mainEntityOfPage: page,
    inLanguage: locale,
  };
  return [
    { tag: 'title', children: escapeText(meta.headline), injectTo: 'head' },
    named('description', meta.description),
    ...(site
      ? [{ tag: 'link', attrs: { rel: 'canonical', href: page }, injectTo: 'head' } as const]
      : []),
    ...alternates,
    property('og:locale', ogLocale),
    ...locales
      .filter((other) => other !== locale)
      .map((other) => property('og:locale:alternate', EDITION[other].ogLocale)),
    property('og:type', 'article'),
    property('og:title', meta.headline),
    property('og:description', meta.description),
    property('og:url', page),
    property('og:image', card),
    property('og:image:width', String(CARD_WIDTH)),
    property('og:image:height', String(CARD_HEIGHT)),
    property('og:image:alt', cardAlt(meta.headline)),
    property('article:published_time', meta.published),
    property('article:modified_time', meta.updated),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.headline),
    named('twitter:description', meta.description),
    named('twitter:image', card),
    {
      tag: 'script',
      attrs: { type: 'application/ld+json' },
      children: scriptJson(article),
      injectTo: 'head',
    },
  ];
}

/**
 * Writes the data module as dist/briefing.json (and serves it in development), the
 * link-preview card as dist/card.png, and the page's title, description, preview tags and
 * NewsArticle into index.html, so no story text lives outside src/data.
 */
export function briefingJsonPlugin(): Plugin {
  let locales: Locale[] = ['en'];
  let isBuild = false;
  return {
    name: 'briefing-json',
    configResolved(config) {
      isBuild = config.command === 'build';
      // The dev server serves every edition's page (es/index.html from its folder).
      locales = isBuild ? localesOf(config.build.rollupOptions.input) : ['en', 'es'];
    },
    async transformIndexHtml(_html, context) {
      return headTags(
        await loadData(context.server),
        siteUrl(),
        localeOfPage(context.path),
        locales,
      );
    },
    async generateBundle() {
      const loaded = await loadData();
      validate(loaded, locales);
      for (const locale of locales) {
        const dir = EDITION_DIRS[locale];
        const edition = loaded.editions.editions[locale];
        this.emitFile({
          type: 'asset',
          fileName: `${dir}${FILE}`,
          source: renderJson(loaded, locale),
        });
        this.emitFile({
          type: 'asset',
          fileName: `${dir}${CARD_FILE}`,
          source: await socialCardPng(edition, EDITION[locale].ui.updated),
        });
      }
      if (!siteUrl())
        this.warn(
          'BRIEFING_SITE_URL is not set, so the page names no canonical URL and no language ' +
            'alternates for search engines, and its link-preview URLs are relative; social ' +
            'sites need absolute ones. Set it to the address the site is served from.',
        );
    },
    configureServer(server) {
      // /briefing.json and /es/briefing.json.
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const locale = localeOfPage(path);
        if (path !== `/${EDITION_DIRS[locale]}${FILE}`) return next();
        loadData(server)
          .then((loaded) => {
            validate(loaded, locales);
            res.setHeader('Content-Type', 'application/json');
            res.end(renderJson(loaded, locale));
          })
          .catch(next);
      });
    },
  };
}
