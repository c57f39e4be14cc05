// A tiny static file server for the production build in dist/, on a random loopback port.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The production build the browser tests drive. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** The site's root, ending in a slash: `http://127.0.0.1:PORT/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Throws unless `vite build` has written dist/index.html. */
export function assertBuilt(root = DIST_DIR): void {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${join(root, 'index.html')} is missing: run \`vite build\` first`);
}

/** Maps a request path to a file under root, or null when it would leave root. */
function fileFor(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    // The query string never takes part in the lookup: `/?event=raid` is `/index.html`.
    pathname = decodeURIComponent(new URL(requestUrl, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(root, normalize(`.${pathname}`));
  return file.startsWith(resolve(root) + sep) ? file : null;
}

/**
 * Serves a snapshot of `build` (dist/ by default) on 127.0.0.1 at a free port. The snapshot
 * keeps a test file on one build even if `vite build` rewrites dist/ while it runs.
 */
export async function startServer(build = DIST_DIR): Promise<StaticServer> {
  assertBuilt(build);
  const root = await mkdtemp(join(tmpdir(), 'briefing-dist-'));
  await cp(build, root, { recursive: true });
  assertBuilt(root);
  const server: Server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!file) return send(404, 'Not found');
    // A browser asks for /favicon.ico on a document that names no icon, such as the JSON
    // feed a test arrives from; when it answers depends on timing, so a 404 there would
    // fail tests at random. The briefing's own pages name theirs (`data:,`).
    if (req.url === '/favicon.ico') return send(204, '');
    readFile(file).then(
      (body) => send(200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'Not found'),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      });
      await rm(root, { recursive: true, force: true });
    },
  };
}
