import type { HtmlTagDescriptor, Plugin, ViteDevServer } from 'vite';
import { CARD_HEIGHT, CARD_WIDTH, socialCardPng } from './socialCard.ts';

const FILE = 'briefing.json';
/** The link-preview card, at the site's root. */
const CARD_FILE = 'card.png';
const DATA = '/src/data/index.ts';

type DataModule = typeof import('../src/data/index.ts');

/**
 * The data module. In development it is loaded through Vite's module graph, so an edit is
 * seen without restarting the server; in a build, imported once.
 */
function loadData(server?: ViteDevServer): Promise<DataModule> {
  return server
    ? (server.ssrLoadModule(DATA) as Promise<DataModule>)
    : import('../src/data/index.ts');
}

/** The data as JSON, after the same checks the tests run: a broken record fails the build. */
function renderJson(data: DataModule): string {
  const problems = data.validateBriefing();
  if (problems.length) throw new Error(`The briefing data is broken:\n- ${problems.join('\n- ')}`);
  return `${JSON.stringify(data.briefingExport(), null, 2)}\n`;
}

const escapeText = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/**
 * The site's public address, for the absolute URLs that link previews need:
 * `BRIEFING_SITE_URL=https://news.example/venezuela/ npm run build`. Unset, the page's
 * links are relative and the build says so.
 */
export function siteUrl(env = process.env): string | null {
  const value = env.BRIEFING_SITE_URL?.trim();
  if (!value) return null;
  const url = new URL(value);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A file of the built site, absolute when the site's address is known. */
const at = (site: string | null, file: string) => (site ? new URL(file, site).href : `./${file}`);

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
function headTags({ meta }: DataModule, site: string | null): HtmlTagDescriptor[] {
  const page = at(site, '');
  const card = at(site, CARD_FILE);
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.headline,
    description: meta.description,
    datePublished: meta.published,
    dateModified: meta.updated,
    image: [card],
    mainEntityOfPage: page,
    inLanguage: 'en',
  };
  return [
    { tag: 'title', children: escapeText(meta.headline), injectTo: 'head' },
    named('description', meta.description),
    { tag: 'link', attrs: { rel: 'canonical', href: page }, injectTo: 'head' },
    property('og:type', 'article'),
    property('og:title', meta.headline),
    property('og:description', meta.description),
    property('og:url', page),
    property('og:image', card),
    property('og:image:width', String(CARD_WIDTH)),
    property('og:image:height', String(CARD_HEIGHT)),
    property('og:image:alt', `${meta.headline}: a map of Venezuela with Caracas marked`),
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
  return {
    name: 'briefing-json',
    async transformIndexHtml(_html, context) {
      return headTags(await loadData(context.server), siteUrl());
    },
    async generateBundle() {
      const data = await loadData();
      this.emitFile({ type: 'asset', fileName: FILE, source: renderJson(data) });
      this.emitFile({ type: 'asset', fileName: CARD_FILE, source: await socialCardPng(data) });
      if (!siteUrl())
        this.warn(
          'BRIEFING_SITE_URL is not set, so the canonical and link-preview URLs are relative; ' +
            'social sites need absolute ones. Set it to the address the site is served from.',
        );
    },
    configureServer(server) {
      server.middlewares.use(`/${FILE}`, (_req, res, next) => {
        loadData(server)
          .then((data) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(renderJson(data));
          })
          .catch(next);
      });
    },
  };
}
