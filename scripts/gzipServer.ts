// A static server for a built site that compresses as a real host would (gzip), on
// 127.0.0.1 at a free port: the benchmark measures the site as readers would fetch it.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map']);

export interface GzipServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveGzip(dir: string): Promise<GzipServer> {
  const root = resolve(dir);
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    let pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = resolve(root, normalize(`.${decodeURIComponent(pathname)}`));
    if (!file.startsWith(root + sep)) return void res.writeHead(404).end();
    const ext = extname(file);
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = {
          'Content-Type': TYPES[ext] ?? 'application/octet-stream',
          // Long-lived for hashed assets, as a real host would; the page itself revalidates.
          'Cache-Control': pathname.startsWith('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        };
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (gzip && COMPRESSIBLE.has(ext)) {
          let packed = cache.get(file);
          if (!packed) cache.set(file, (packed = gzipSync(body, { level: 9 })));
          headers['Content-Encoding'] = 'gzip';
          headers['Vary'] = 'Accept-Encoding';
          res.writeHead(200, headers).end(packed);
        } else res.writeHead(200, headers).end(body);
      },
      () => res.writeHead(404).end('Not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
