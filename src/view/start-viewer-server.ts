// A loopback HTTP server for the viewer: the built page from viewer/dist and the graph's viewer data as JSON, nothing else.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { ParleyError, UsageError } from '../errors.js';
import { packagePath } from '../package-root.js';
import type { ViewerData } from '../query/viewer-data.js';

/** Options of startViewerServer. */
export interface ViewerServerOptions {
  /** The Turtle graph whose viewer data is served. */
  readonly graphPath: string;
  /** TCP port; 0 picks a free one. */
  readonly port: number;
  /** Loopback address to bind: 127.0.0.1 (default) or ::1. Other addresses are refused. */
  readonly host: string;
  /** Folder of the built page; by default viewer/dist of this package. */
  readonly root: string;
}

export const DEFAULT_VIEWER_SERVER_OPTIONS: Omit<ViewerServerOptions, 'graphPath' | 'root'> = { port: 7370, host: '127.0.0.1' };

/** A running viewer server. */
export interface ViewerServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The only addresses the server binds: it shows a local file to the local user. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '::1']);

/** Security headers sent with every response. The page's ForceAtlas2 worker is started from a blob: URL. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The URL path the page fetches its data from (relative to index.html). */
export const DATA_PATH = '/data.json';

/** Merges `partial` over the defaults and checks it, failing early with what was expected. */
export function resolveViewerServerOptions(partial: Partial<ViewerServerOptions> & { graphPath: string }): ViewerServerOptions {
  const options: ViewerServerOptions = { ...DEFAULT_VIEWER_SERVER_OPTIONS, root: packagePath('viewer', 'dist'), ...partial };
  if (typeof options.graphPath !== 'string' || options.graphPath === '') {
    throw new UsageError(`startViewerServer: graphPath is missing. Expecting the path of a Turtle file but got ${JSON.stringify(options.graphPath)}.`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new UsageError(`startViewerServer: port is out of range. Expecting an integer from 0 to 65535 but got ${JSON.stringify(options.port)}.`);
  }
  if (!LOOPBACK_HOSTS.has(options.host)) {
    throw new UsageError(`startViewerServer: host is not a loopback address. Expecting 127.0.0.1 or ::1 but got ${JSON.stringify(options.host)}.`);
  }
  return options;
}

/** Every file under `root`, keyed by its URL path (`/assets/x.js`). Only these are ever served. */
async function listFiles(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(`/${relative(root, path).split(sep).join('/')}`, path);
  }
  return files;
}

function send(response: ServerResponse, status: number, type: string, body: Buffer | string, head: boolean): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  response.end(head ? undefined : body);
}

/**
 * Reads the graph, derives its viewer data and serves the page on a loopback address.
 * Requests are answered only for the exact paths of the built files and the data, so no path can reach another file;
 * requests whose Host is not this server's address are refused, which keeps other sites from reading it through DNS rebinding.
 * Fails with a ParleyError when the page has not been built, with a UsageError or GraphReadError for a bad graph.
 */
export async function startViewerServer(partial: Partial<ViewerServerOptions> & { graphPath: string }): Promise<ViewerServer> {
  const options = resolveViewerServerOptions(partial);
  if (!existsSync(join(options.root, 'index.html'))) {
    throw new ParleyError(`${options.root}: the viewer page is not built. Run \`npm run viewer:build\` first.`);
  }
  // Imported here, not with the module: `parley --help` loads every command's module, and needs no graph reader.
  const [{ getViewerData }, { viewerJson }, { readGraphFile }] = await Promise.all([import('../query/viewer-data.js'), import('../query/export-graph.js'), import('../rdf/graph-file.js')]);
  const data: ViewerData = getViewerData(await readGraphFile(options.graphPath));
  const dataJson = viewerJson(data);
  const files = await listFiles(options.root);
  const contents = new Map<string, Buffer>();
  let allowedHosts: ReadonlySet<string> = new Set();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      response.setHeader('Allow', 'GET, HEAD');
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', head);
      return;
    }
    if (!allowedHosts.has(request.headers.host ?? '')) {
      send(response, 421, 'text/plain; charset=utf-8', 'Unknown host\n', head);
      return;
    }
    const path = new URL(request.url ?? '/', 'http://viewer.invalid').pathname;
    if (path === DATA_PATH) {
      send(response, 200, CONTENT_TYPES['.json']!, dataJson, head);
      return;
    }
    const file = files.get(path === '/' ? '/index.html' : path);
    if (file === undefined) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found\n', head);
      return;
    }
    let body = contents.get(file);
    if (body === undefined) {
      body = await readFile(file);
      contents.set(file, body);
    }
    send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body, head);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Server error\n', false);
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new UsageError(`view: cannot listen on ${options.host}:${options.port} (${error.message}). Expecting a free port; choose one with --port.`, { cause: error })));
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  allowedHosts = new Set([`${hostInUrl}:${port}`, `localhost:${port}`]);
  return {
    url: `http://${hostInUrl}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
