// A web server on 127.0.0.1 serving fixture pages and feeds, for the tests of reading articles from the web.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Pages served, by path: status, content type and body; `delayMs` holds the answer back. */
interface Route {
  readonly status?: number;
  readonly type?: string;
  readonly body: string | Buffer;
  readonly delayMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export const TALKS_HTML = `<!doctype html><html><head><title>Harbour talks resume</title>
<meta property="og:site_name" content="Gulf Times"><meta property="article:published_time" content="2024-05-02T09:00:00+03:00"></head>
<body><article><h1>Harbour talks resume</h1>
<p>Armenia and Azerbaijan opened a new round of peace talks in Abu Dhabi on Monday.</p>
<p>Azerbaijan demands changes to the Armenian constitution before any peace treaty is signed.</p></article></body></html>`;

const BRIEFING_TEXT = ' date 2024-02-06 Talks resumed on Monday in Geneva between the two delegations.\nArmenia rejected the demand for constitutional changes, calling it interference in its internal affairs.\n';

const RSS_ITEM_HTML = `<!doctype html><html><head></head><body><p>Armenia proposes an opening of regional transport links under Armenian control.</p></body></html>`;
const ATOM_ITEM_HTML = `<!doctype html><html><head></head><body><p>Both sides agreed to continue the border delimitation work of their joint commission.</p></body></html>`;
const FLAKY_HTML = `<!doctype html><html><head><title>Second day of talks</title></head><body><h1>Second day of talks</h1><p>The talks went on for a second day in Abu Dhabi without a breakthrough.</p></body></html>`;
const LATIN1_HTML = '<!doctype html><html><head><meta charset="iso-8859-1"><title>Caf\xe9 diplomacy</title></head><body><h1>Caf\xe9 diplomacy</h1><p>Envoys met in a caf\xe9 in Gen\xe8ve to prepare the next round of talks.</p></body></html>';

/** A server of the fixture routes; `url(path)` is the address of a path on it. */
export interface FixtureServer {
  url(path: string): string;
  /** How many requests each path received. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  let base = '';
  const routes = (): Readonly<Record<string, Route>> => ({
    '/news/talks-resume': { type: 'text/html; charset=utf-8', body: TALKS_HTML },
    '/moved': { status: 301, body: '', headers: { location: '/news/talks-resume' } },
    '/briefing.txt': { type: 'text/plain; charset=utf-8', body: BRIEFING_TEXT },
    '/items/rss-item': { type: 'text/html', body: RSS_ITEM_HTML },
    '/items/atom-item': { type: 'text/html', body: ATOM_ITEM_HTML },
    '/cafe': { type: 'text/html', body: Buffer.from(LATIN1_HTML, 'latin1') },
    '/image.png': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    '/missing': { status: 404, type: 'text/html', body: 'gone' },
    '/slow': { type: 'text/html', body: FLAKY_HTML.replace('Second day', 'Slow day'), delayMs: 3000 },
    '/feed.rss': {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Herald</title><link>${base}/</link><description>News</description>
<item><title>Armenia offers transport links</title><link>${base}/items/rss-item</link><pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate></item></channel></rss>`,
    },
    '/feed.atom': {
      type: 'application/atom+xml',
      body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title><id>urn:atom-daily</id><updated>2024-05-08T10:00:00Z</updated>
<entry><title>Border commission to go on</title><id>urn:item-1</id><link href="/items/atom-item"/><updated>2024-05-08T10:00:00Z</updated></entry></feed>`,
    },
  });
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    // Fails the first time, then answers: a retry gets the page.
    const route = path === '/flaky' ? (count === 1 ? { status: 500, body: 'busy' } : { type: 'text/html', body: FLAKY_HTML }) : routes()[path];
    if (route === undefined) {
      response.writeHead(404).end();
      return;
    }
    const answer = (): void => {
      response.writeHead(route.status ?? 200, { ...(route.type === undefined ? {} : { 'content-type': route.type }), ...route.headers });
      response.end(route.body);
    };
    if (route.delayMs === undefined) answer();
    else {
      const timer = setTimeout(answer, route.delayMs);
      response.on('close', () => clearTimeout(timer));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
