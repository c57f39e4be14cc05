import type { Plugin } from 'vite';

const FILE = 'briefing.json';

// Loaded through Vite's module graph, not imported statically, so a data edit is seen
// by the dev server without restarting it.
async function render(load: (id: string) => Promise<Record<string, unknown>>) {
  const data = (await load('/src/data/index.ts')) as typeof import('../src/data/index.ts');
  const problems = data.validateBriefing();
  if (problems.length) throw new Error(`The briefing data is broken:\n- ${problems.join('\n- ')}`);
  return `${JSON.stringify(data.briefingExport(), null, 2)}\n`;
}

/**
 * Writes the data module as dist/briefing.json (and serves it in development), after
 * checking it: a build with a broken cross-reference fails with the record's name.
 */
export function briefingJsonPlugin(): Plugin {
  return {
    name: 'briefing-json',
    async generateBundle() {
      const data = await import('../src/data/index.ts');
      const source = await render(async () => data);
      this.emitFile({ type: 'asset', fileName: FILE, source });
    },
    configureServer(server) {
      server.middlewares.use(`/${FILE}`, (_req, res, next) => {
        render((id) => server.ssrLoadModule(id))
          .then((json) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(json);
          })
          .catch(next);
      });
    },
  };
}
