import type { HtmlTagDescriptor, Plugin, ViteDevServer } from 'vite';

const FILE = 'briefing.json';
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

/** The page's title and description, from the data (Vite escapes attribute values itself). */
function headTags({ meta }: DataModule): HtmlTagDescriptor[] {
  return [
    { tag: 'title', children: escapeText(meta.headline), injectTo: 'head' },
    { tag: 'meta', attrs: { name: 'description', content: meta.description }, injectTo: 'head' },
  ];
}

/**
 * Writes the data module as dist/briefing.json (and serves it in development), and the
 * page's title and description into index.html, so no story text lives outside src/data.
 */
export function briefingJsonPlugin(): Plugin {
  return {
    name: 'briefing-json',
    async transformIndexHtml(_html, context) {
      return headTags(await loadData(context.server));
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: renderJson(await loadData()) });
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
