import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import {
  basicAuthorization,
  DEFAULT_GRAPH_IRI,
  digestAuthorization,
  parseChallenges,
  pushGraph,
  PushError,
  redactUrl,
  resolvePushGraphOptions,
  type PushProgress,
} from '../../src/rdf/graph-store-client.js';
import { sampleKnowledgeGraph, writeSampleGraph } from '../fixtures/knowledge-graph.js';

/** How the test Graph Store asks for credentials. */
type AuthMode = 'none' | 'basic' | 'digest' | 'digest-on-writes' | 'digest-stale';

interface Received {
  readonly method: string;
  readonly graph: string | null;
  readonly scheme: string | null;
  readonly bytes: number;
}

/**
 * A Graph Store on 127.0.0.1 that keeps each named graph's bodies in memory and checks Basic or Digest credentials
 * with its own code. `/missing` answers 404, `/broken` 500, `/read-only` 501, `/slow` never; `/moved` redirects to
 * `/store` with 307, `/moved-permanently` with 301, `/moved-away` to `redirectAway` with 307.
 */
class TestGraphStore {
  readonly graphs = new Map<string, string[]>();
  readonly received: Received[] = [];
  private nonce = randomBytes(16).toString('hex');
  private readonly oldNonces = new Set<string>();
  private readonly held: ServerResponse[] = [];
  private readonly server: Server;
  mode: AuthMode = 'digest';
  redirectAway = 'http://127.0.0.1:9/store';
  readonly user = 'writer';
  readonly password = 'pa:ss "word"';

  constructor() {
    this.server = createServer((request, response) => void this.handle(request, response));
  }

  async start(): Promise<string> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  /** Drops the requests `/slow` holds. */
  hangUp(): void {
    for (const response of this.held.splice(0)) response.socket?.destroy();
  }

  private md5(text: string): string {
    return createHash('md5').update(text).digest('hex');
  }

  private authorized(request: IncomingMessage, writes: boolean): boolean {
    const header = request.headers.authorization ?? '';
    if (this.mode === 'none' || (this.mode === 'digest-on-writes' && !writes)) return true;
    if (this.mode === 'basic') return header === `Basic ${Buffer.from(`${this.user}:${this.password}`).toString('base64')}`;
    const fields = Object.fromEntries([...header.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)].map((m) => [m[1], (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1')]));
    if (!header.startsWith('Digest ') || fields.nonce !== this.nonce || fields.qop !== 'auth' || fields.uri !== request.url) return false;
    const ha1 = this.md5(`${fields.username}:parley-test:${this.password}`);
    const ha2 = this.md5(`${request.method}:${request.url}`);
    return fields.username === this.user && fields.response === this.md5(`${ha1}:${this.nonce}:${fields.nc}:${fields.cnonce}:auth:${ha2}`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const graph = url.searchParams.get('graph');
    this.received.push({ method: request.method ?? '', graph, scheme: request.headers.authorization?.split(' ')[0] ?? null, bytes: body.length });
    const redirects: Record<string, [number, string]> = { '/moved': [307, '/store'], '/moved-permanently': [301, '/store'], '/moved-away': [307, this.redirectAway] };
    const redirect = redirects[url.pathname];
    if (redirect !== undefined) return void response.writeHead(redirect[0], { location: `${redirect[1]}${url.search}` }).end();
    if (url.pathname === '/slow') return void this.held.push(response);
    const writes = request.method === 'PUT' || request.method === 'POST';
    if (!this.authorized(request, writes)) {
      const stale = this.oldNonces.has(/nonce="([^"]*)"/.exec(request.headers.authorization ?? '')?.[1] ?? '');
      const challenge =
        this.mode === 'basic' ? 'Basic realm="parley-test"' : `Digest realm="parley-test", nonce="${this.nonce}", opaque="x", stale=${stale}, qop="auth", algorithm="MD5"`;
      response.writeHead(401, { 'www-authenticate': challenge }).end('Unauthorized');
      // In 'digest-stale' mode the nonce handed to the probe expires at once, as a server's nonce eventually does.
      if (this.mode === 'digest-stale' && request.method === 'HEAD') {
        this.oldNonces.add(this.nonce);
        this.nonce = randomBytes(16).toString('hex');
      }
      return;
    }
    if (url.pathname === '/missing') return void response.writeHead(404).end('Not found');
    if (url.pathname === '/broken') return void response.writeHead(500).end('Internal error: disk full');
    if (url.pathname === '/read-only') return void response.writeHead(501).end();
    if (request.method === 'HEAD') return void response.writeHead(this.graphs.has(graph ?? '') ? 200 : 404).end();
    if (graph === null) return void response.writeHead(400).end('no graph');
    const existed = this.graphs.has(graph);
    if (request.method === 'PUT') this.graphs.set(graph, [body]);
    else this.graphs.set(graph, [...(this.graphs.get(graph) ?? []), body]);
    response.writeHead(request.method === 'PUT' ? (existed ? 204 : 201) : 200).end();
  }

  triplesIn(graph: string): number {
    return new Store((this.graphs.get(graph) ?? []).flatMap((body) => new Parser().parse(body))).size;
  }
}

function captureIo(cwd: string, interactive = false): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), interactive, cwd, out, err };
}

const graph = new Store(toQuads(sampleKnowledgeGraph));
const server = new TestGraphStore();
let base: string;
let dir: string;

beforeAll(async () => {
  base = await server.start();
  dir = await mkdtemp(join(tmpdir(), 'parley-push-'));
});

afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  server.graphs.clear();
  server.received.length = 0;
  server.mode = 'digest';
  server.hangUp();
});

async function pushError(promise: Promise<unknown>): Promise<PushError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PushError);
  return error as PushError;
}

describe('pushGraph', () => {
  it('answers a Digest challenge and sends the body once', async () => {
    const report = await pushGraph(graph, { endpoint: `${base}/store`, user: server.user, password: server.password });
    expect(report).toMatchObject({ status: 201, method: 'PUT', graphIri: DEFAULT_GRAPH_IRI, triples: graph.size });
    expect(report.elapsedMs).toBeGreaterThan(0);
    expect(server.triplesIn(DEFAULT_GRAPH_IRI)).toBe(graph.size);
    expect(server.received.map(({ method, scheme }) => [method, scheme])).toEqual([
      ['HEAD', null],
      ['PUT', 'Digest'],
    ]);
  });

  it('replaces the named graph with PUT, so pushing twice leaves one copy', async () => {
    const options = { endpoint: `${base}/store`, graphIri: 'https://example.org/graphs/talks', user: server.user, password: server.password };
    expect((await pushGraph(graph, options)).status).toBe(201);
    expect((await pushGraph(graph, options)).status).toBe(204);
    expect(server.graphs.get('https://example.org/graphs/talks')).toHaveLength(1);
    expect(server.triplesIn('https://example.org/graphs/talks')).toBe(graph.size);
  });

  it('appends with POST', async () => {
    const options = { endpoint: `${base}/store`, method: 'POST' as const, user: server.user, password: server.password };
    await pushGraph(graph, options);
    await pushGraph(graph, options);
    expect(server.graphs.get(DEFAULT_GRAPH_IRI)).toHaveLength(2);
  });

  it('uses Basic authentication when the server asks for it', async () => {
    server.mode = 'basic';
    const report = await pushGraph(graph, { endpoint: `${base}/store`, user: server.user, password: server.password });
    expect(report.status).toBe(201);
    expect(server.received.at(-1)?.scheme).toBe('Basic');
  });

  it('sends no credentials to a server that asks for none', async () => {
    server.mode = 'none';
    await pushGraph(graph, { endpoint: `${base}/store` });
    expect(server.received.map(({ method, scheme }) => [method, scheme])).toEqual([['PUT', null]]);
  });

  it('answers the challenge of the write itself when the probe was let through', async () => {
    server.mode = 'digest-on-writes';
    const report = await pushGraph(graph, { endpoint: `${base}/store`, user: server.user, password: server.password });
    expect(report.status).toBe(201);
    expect(server.received.map(({ method, scheme }) => [method, scheme])).toEqual([
      ['HEAD', null],
      ['PUT', null],
      ['PUT', 'Digest'],
    ]);
  });

  it('answers again when the nonce it used has gone stale', async () => {
    server.mode = 'digest-stale';
    const report = await pushGraph(graph, { endpoint: `${base}/store`, user: server.user, password: server.password });
    expect(report.status).toBe(201);
    expect(server.received.map(({ method, scheme }) => [method, scheme])).toEqual([
      ['HEAD', null],
      ['PUT', 'Digest'],
      ['PUT', 'Digest'],
    ]);
  });

  it('sends a wrong password only once', async () => {
    await pushError(pushGraph(graph, { endpoint: `${base}/store`, user: server.user, password: 'wrong' }));
    expect(server.received.map(({ method }) => method)).toEqual(['HEAD', 'PUT']);
  });

  it.each([
    ['a wrong password', { password: 'wrong' }, '/store', 401, /authentication failed/],
    ['no credentials', { user: undefined, password: undefined }, '/store', 401, /Give --user and --password/],
    ['a missing endpoint', {}, '/missing', 404, /no Graph Store endpoint there/],
    ['a server error', {}, '/broken', 500, /HTTP 500.*disk full/],
    ['an endpoint that does not take PUT', {}, '/read-only', 501, /does not accept PUT/],
  ])('fails with a PushError on %s', async (_name, credentials, path, status, message) => {
    const error = await pushError(pushGraph(graph, { endpoint: `${base}${path}`, user: server.user, password: server.password, ...credentials }));
    expect(error.status).toBe(status);
    expect(error.endpoint).toBe(`${base}${path}`);
    expect(error.message).toMatch(message);
  });

  it('fails with a PushError when nothing listens there', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const error = await pushError(pushGraph(graph, { endpoint: `http://127.0.0.1:${port}/store` }));
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/cannot reach the server/);
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const error = await pushError(pushGraph(graph, { endpoint: `${base}/slow`, timeoutMs: 200 }));
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/no answer within 0.2 s/);
  });

  it('follows a 307 to the same origin once, answering the challenge there', async () => {
    const report = await pushGraph(graph, { endpoint: `${base}/moved`, user: server.user, password: server.password });
    expect(report.status).toBe(201);
    expect(server.triplesIn(DEFAULT_GRAPH_IRI)).toBe(graph.size);
  });

  it('does not follow a 301, which would turn the write into a GET', async () => {
    server.mode = 'none';
    const error = await pushError(pushGraph(graph, { endpoint: `${base}/moved-permanently` }));
    expect(error.message).toMatch(/redirected with HTTP 301.*not re-sending the graph/);
    expect(server.received.map(({ method }) => method)).toEqual(['PUT']);
    expect(server.graphs.size).toBe(0);
  });

  it('reports progress as the body goes out, then the wait', async () => {
    server.mode = 'none';
    const progress: PushProgress[] = [];
    const report = await pushGraph(graph, { endpoint: `${base}/store`, onProgress: (event) => progress.push(event) });
    expect(progress.at(-2)).toEqual({ phase: 'sending', sent: report.bytes, total: report.bytes });
    expect(progress.at(-1)).toEqual({ phase: 'waiting' });
  });
});

describe('redactUrl', () => {
  it.each([
    ['http://writer:s3cret@127.0.0.1:8890/store', 'http://127.0.0.1:8890/store'],
    ['https://example.org/store?token=s3cret&graph=x', 'https://example.org/store?…'],
    ['http://127.0.0.1:8890/sparql-graph-crud-auth', 'http://127.0.0.1:8890/sparql-graph-crud-auth'],
    ['writer:s3cret@nowhere', '…@nowhere'],
    ['ftp://writer:s3cret@example.org/store?token=s3cret', '…@example.org/store?…'],
  ])('prints %s as %s', (url, printed) => {
    expect(redactUrl(url)).toBe(printed);
  });
});

describe('resolvePushGraphOptions', () => {
  it.each([
    [{ endpoint: 'ftp://example.org/store' }, /endpoint is not an http\(s\) URL/],
    [{ endpoint: 'not a url' }, /endpoint is not an http\(s\) URL/],
    [{ endpoint: 'http://127.0.0.1/store', graphIri: 'no iri' }, /graphIri is not an absolute IRI/],
    [{ endpoint: 'http://127.0.0.1/store', method: 'DELETE' as never }, /method is not PUT or POST/],
    [{ endpoint: 'http://127.0.0.1/store', user: 'u' }, /a user without a password/],
    [{ endpoint: 'http://127.0.0.1/store', timeoutMs: 0 }, /timeoutMs/],
    [{ endpoint: 'http://writer:s3cret@127.0.0.1/store' }, /endpoint holds a user or password/],
  ])('rejects %j', (options, message) => {
    expect(() => resolvePushGraphOptions(options)).toThrow(message);
  });

  it('defaults to PUT into Parley\'s graph', () => {
    expect(resolvePushGraphOptions({ endpoint: 'http://127.0.0.1/store' })).toMatchObject({ method: 'PUT', graphIri: DEFAULT_GRAPH_IRI });
  });
});

describe('authentication headers', () => {
  it.each([
    [
      'Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="ab12", opaque="cd", stale="false", qop="auth", algorithm="MD5"',
      [{ scheme: 'digest', params: { realm: 'SPARQL', domain: '/sparql-graph-crud-auth', nonce: 'ab12', opaque: 'cd', stale: 'false', qop: 'auth', algorithm: 'MD5' } }],
    ],
    ['Basic realm="x"', [{ scheme: 'basic', params: { realm: 'x' } }]],
    [
      'Digest realm="a \\"b\\"", qop="auth,auth-int", nonce=xyz, Basic realm="c"',
      [
        { scheme: 'digest', params: { realm: 'a "b"', qop: 'auth,auth-int', nonce: 'xyz' } },
        { scheme: 'basic', params: { realm: 'c' } },
      ],
    ],
  ])('parses the challenges of %s', (header, challenges) => {
    expect(parseChallenges(header)).toEqual(challenges);
  });

  it.each([
    // RFC 2617, section 3.5
    ['MD5', 'testrealm@host.com', 'dcd98b7102dd2f0e8b11d0f600bfb0c093', 'Circle Of Life', '0a4f113b', '6629fae49393a05397450978507c4ef1'],
    // RFC 7616, section 3.9.1
    ['MD5', 'http-auth@example.org', '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', 'Circle of Life', 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ', '8ca523f5e9506fed4657c9700eebdbec'],
    ['SHA-256', 'http-auth@example.org', '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', 'Circle of Life', 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'],
  ])('computes the %s Digest response of the RFC example in realm %s', (algorithm, realm, nonce, password, cnonce, response) => {
    const header = digestAuthorization({ scheme: 'digest', params: { realm, nonce, qop: 'auth', algorithm } }, { user: 'Mufasa', password }, 'GET', '/dir/index.html', cnonce, 1);
    expect(header).toContain(`response="${response}"`);
    expect(header).toContain('qop=auth, nc=00000001');
  });

  it('rejects a Digest algorithm it does not know', () => {
    expect(() => digestAuthorization({ scheme: 'digest', params: { algorithm: 'SHA-512-256' } }, { user: 'u', password: 'p' }, 'PUT', '/', 'c', 1)).toThrow(/not supported/);
  });

  it('encodes Basic credentials as base64 of user:password', () => {
    expect(basicAuthorization({ user: 'Aladdin', password: 'open sesame' })).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });
});

describe('parley push', () => {
  it('pushes the graph file and reports the triples sent', async () => {
    const path = await writeSampleGraph(dir);
    const io = captureIo(dir);
    const code = await main(['push', '--endpoint', `${base}/store`, '--graph', path, '--user', server.user, '--password', server.password], io);
    expect(code).toBe(0);
    expect(io.out.join('')).toContain(`pushed ${graph.size} triples`);
    expect(server.triplesIn(DEFAULT_GRAPH_IRI)).toBe(graph.size);
  });

  it('reads the password from PARLEY_PASSWORD', async () => {
    const path = await writeSampleGraph(dir);
    process.env.PARLEY_PASSWORD = server.password;
    try {
      expect(await main(['push', '-e', `${base}/store`, '-g', path, '-u', server.user, '--method', 'post'], captureIo(dir))).toBe(0);
    } finally {
      delete process.env.PARLEY_PASSWORD;
    }
    expect(server.received.at(-1)).toMatchObject({ method: 'POST', scheme: 'Digest' });
  });

  it('exits 1 with the reason when the server fails', async () => {
    const path = await writeSampleGraph(dir);
    const io = captureIo(dir);
    expect(await main(['push', '--endpoint', `${base}/broken`, '--graph', path, '--user', server.user, '--password', server.password], io)).toBe(1);
    expect(io.err.join('')).toContain('HTTP 500');
  });

  it.each([[['push', '--graph', 'sample.ttl']], [['push', '--endpoint', 'nowhere', '--graph', 'sample.ttl']], [['push', '--endpoint', 'http://127.0.0.1:9/', '--method', 'DELETE']]])('exits 2 on a usage error: %j', async (argv) => {
    expect(await main(argv, captureIo(dir))).toBe(2);
  });

  it('exits 1 when the server does not answer within --timeout', async () => {
    const path = await writeSampleGraph(dir);
    const io = captureIo(dir);
    expect(await main(['push', '--endpoint', `${base}/slow`, '--graph', path, '--timeout', '0.3'], io)).toBe(1);
    expect(io.err.join('')).toBe(`parley: push: ${base}/slow: no answer within 0.3 s. Check that the server is running, or allow longer with --timeout.\n`);
  });

  it('does not follow a 307 to another origin, which receives nothing', async () => {
    const elsewhere = new TestGraphStore();
    const elsewhereBase = await elsewhere.start();
    server.redirectAway = `${elsewhereBase}/store`;
    try {
      const path = await writeSampleGraph(dir);
      const io = captureIo(dir);
      expect(await main(['push', '--endpoint', `${base}/moved-away`, '--graph', path, '--user', server.user, '--password', server.password], io)).toBe(1);
      expect(io.err.join('')).toBe(`parley: push: ${base}/moved-away: the server redirected to another origin (${elsewhereBase}); not re-sending the graph\n`);
      expect(elsewhere.received).toEqual([]);
    } finally {
      await elsewhere.stop();
    }
  });

  it('shows progress on a terminal and only the report elsewhere', async () => {
    server.mode = 'none';
    const path = await writeSampleGraph(dir);
    const terminal = captureIo(dir, true);
    expect(await main(['push', '--endpoint', `${base}/store`, '--graph', path], terminal)).toBe(0);
    const lines = terminal.err.join('').split('\n');
    expect(lines.at(-3)).toMatch(/^sent \d+ of \d+ kB \(100%\)$/u);
    expect(lines.at(-2)).toBe('waiting for the server…');
    const pipe = captureIo(dir);
    expect(await main(['push', '--endpoint', `${base}/store`, '--graph', path], pipe)).toBe(0);
    expect(pipe.err).toEqual([]);
    expect(pipe.out.join('')).toMatch(/^pushed \d+ triples \(\d+ bytes\) to <[^>]+> at http:\/\/127\.0\.0\.1:\d+\/store with PUT \(HTTP 204\) in \d+\.\d\d s\n$/u);
  });

  describe('never prints a credential', () => {
    const secret = 'hunter2-S3cret';
    let closedPort: number;

    beforeAll(async () => {
      const closed = createServer();
      await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
      closedPort = (closed.address() as AddressInfo).port;
      await new Promise<void>((done) => closed.close(() => done()));
    });

    it.each([
      ['a refused connection', () => `http://127.0.0.1:${closedPort}/store`, [] as string[], 1],
      ['a 401', () => `${base}/store`, [], 1],
      ['a 500', () => `${base}/broken`, [], 1],
      ['a timeout', () => `${base}/slow`, ['--timeout', '0.3'], 1],
      ['a token in the query string', () => `http://127.0.0.1:${closedPort}/store?token=${secret}`, [], 1],
      ['a password in the endpoint', () => `http://${server.user}:${secret}@127.0.0.1:${closedPort}/store`, [], 2],
      ['a password in an endpoint that is not http', () => `ftp://${server.user}:${secret}@127.0.0.1/store`, [], 2],
    ])('on %s', async (_name, endpoint, extra, code) => {
      const path = await writeSampleGraph(dir);
      for (const interactive of [false, true]) {
        const io = captureIo(dir, interactive);
        const credentials = endpoint().includes('@') ? [] : ['--user', server.user, '--password', secret];
        expect(await main(['push', '--endpoint', endpoint(), '--graph', path, ...credentials, ...extra], io)).toBe(code);
        const printed = io.out.join('') + io.err.join('');
        expect(printed).toMatch(/(?:^|\n)parley: push: [^\n]+\n$/u);
        expect(printed).not.toContain(secret);
        expect(printed).not.toContain(`${server.user}:`);
      }
    });

    it('tells to use --user and --password instead of a password in the endpoint', async () => {
      const io = captureIo(dir);
      expect(await main(['push', '--endpoint', `http://${server.user}:${secret}@127.0.0.1:9/store`], io)).toBe(2);
      expect(io.err.join('')).toBe('parley: push: --endpoint holds a user or password. Give them with --user and --password (or $PARLEY_PASSWORD), which are never printed.\n');
    });
  });
});
