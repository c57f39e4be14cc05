// A news article that embeds the briefing with pym.js, as a newsroom CMS does, served from a
// server of its own on another loopback port: another origin (the frame is cross-origin,
// as a real embed is) that is still loopback, which Chromium lets frame a loopback page
// (its local network access checks block a page from anywhere else, a route's answer too).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

/** The id of the element pym.Parent puts the iframe in. */
export const EMBED_ID = 'briefing';
/** The title the host gives the iframe (pym.Parent's `title` setting). */
export const FRAME_TITLE = 'Interactive: the US warning to leave Venezuela';

const PYM = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'));

export interface HostOptions {
  /** The embed's address: the briefing's URL with `?embed`. */
  readonly embedUrl: string;
  /** The article column's width in CSS pixels (700, a typical desktop column). */
  readonly column?: number;
}

/** The article: a few paragraphs, the embed's div, pym.js and one `new pym.Parent`. */
export function hostHtml({ embedUrl, column = 700 }: HostOptions): string {
  const text =
    'An article paragraph set in the host’s own type, to show where the embed begins and ends.';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>A newsroom article</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; background: Canvas; color: CanvasText; }
  article { max-width: ${column}px; margin: 0 auto; padding: 0 1rem; }
  #${EMBED_ID} { margin: 1.5rem 0; }
  #${EMBED_ID} iframe { display: block; border: 0; }
</style>
</head>
<body>
<article>
<h1>A newsroom article</h1>
<p>${text}</p>
<div id="${EMBED_ID}"></div>
<p>${text}</p>
</article>
<script src="pym.v1.min.js"></script>
<script>new pym.Parent(${JSON.stringify(EMBED_ID)}, ${JSON.stringify(embedUrl)}, { title: ${JSON.stringify(FRAME_TITLE)} });</script>
</body>
</html>`;
}

export interface HostServer {
  /** The article's address for an embed: `http://127.0.0.1:PORT/article.html?…`. */
  articleUrl(options: HostOptions): string;
  close(): Promise<void>;
}

/**
 * Serves the article on 127.0.0.1 at a free port: `/article.html?embed=<url>&column=<px>`,
 * and pym.js from npm (`pym.js/dist/pym.v1.min.js`) beside it.
 */
export async function startHostServer(): Promise<HostServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const embedUrl = url.searchParams.get('embed');
    const [type, body] =
      url.pathname === '/pym.v1.min.js'
        ? ['text/javascript', PYM]
        : url.pathname === '/article.html' && embedUrl
          ? [
              'text/html; charset=utf-8',
              hostHtml({ embedUrl, column: Number(url.searchParams.get('column')) || undefined }),
            ]
          : [];
    res.writeHead(body ? 200 : 404, { 'Content-Type': type ?? 'text/plain' });
    res.end(body ?? 'Not found');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    articleUrl({ embedUrl, column = 700 }) {
      const params = new URLSearchParams({ embed: embedUrl, column: String(column) });
      return `http://127.0.0.1:${port}/article.html?${params}`;
    },
    async close() {
      await new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      });
    },
  };
}
