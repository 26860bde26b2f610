// Tests the viewer's HTTP server and `parley view`: loopback only, exact files only, security headers, the data JSON.
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createViewCommand } from '../../src/cli/view.js';
import { GraphReadError, ParleyError, UsageError } from '../../src/errors.js';
import { getViewerData } from '../../src/query/viewer-data.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { CONTENT_SECURITY_POLICY, resolveViewerServerOptions, startViewerServer, type ViewerServer } from '../../src/view/start-viewer-server.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';

/** A raw request, so that paths reach the server exactly as written (fetch would normalise `..`). */
function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method, headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => void (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

let work: string;
let root: string;
let graphPath: string;
let server: ViewerServer;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parley-view-server-'));
  root = join(work, 'site', 'dist');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>viewer</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(join(work, 'site', 'secret.txt'), 'not for the browser');
  graphPath = await writeSampleGraph(work);
  server = await startViewerServer({ graphPath, port: 0, root });
});

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe('startViewerServer', () => {
  it('listens on 127.0.0.1 and serves the page with its Content-Security-Policy', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(server.url, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>viewer</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' blob:;");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await get(server.url, '/assets/app.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('serves the viewer data of the graph as JSON', async () => {
    const response = await get(server.url, '/data.json');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual(getViewerData(await readGraphFile(graphPath)));
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '//etc/passwd',
    '/index.html%00.js',
    '/assets/',
    '/package.json',
    '/tmp/../etc/passwd',
  ])('answers 404 for %s', async (path) => {
    const response = await get(server.url, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('not for the browser');
  });

  it.each([
    [{ host: 'attacker.example:80' }, 421],
    [{ host: 'localhost:1' }, 421],
  ])('refuses requests for another host: %o', async (headers, status) => {
    expect((await get(server.url, '/', headers)).status).toBe(status);
  });

  it('answers requests for localhost on its own port', async () => {
    const { port } = new URL(server.url);
    expect((await get(server.url, '/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s', async (method) => {
    const response = await get(server.url, '/', {}, method);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD without a body', async () => {
    const response = await get(server.url, '/data.json', {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{ host: '0.0.0.0' }, /host is not a loopback address\. Expecting 127\.0\.0\.1 or ::1 but got "0\.0\.0\.0"/],
    [{ host: '192.168.1.2' }, /not a loopback address/],
    [{ port: 70000 }, /port is out of range\. Expecting an integer from 0 to 65535 but got 70000/],
    [{ port: 1.5 }, /port is out of range/],
    [{ graphPath: '' }, /graphPath is missing/],
  ])('rejects the options %o', (partial, message) => {
    expect(() => resolveViewerServerOptions({ graphPath: 'g.ttl', ...partial })).toThrow(UsageError);
    expect(() => resolveViewerServerOptions({ graphPath: 'g.ttl', ...partial })).toThrow(message);
  });

  it('fails when the page is not built, and names the script that builds it', async () => {
    await expect(startViewerServer({ graphPath, port: 0, root: join(work, 'nowhere') })).rejects.toThrow(ParleyError);
    await expect(startViewerServer({ graphPath, port: 0, root: join(work, 'nowhere') })).rejects.toThrow(/npm run viewer:build/);
  });

  it('fails on a missing or broken graph', async () => {
    await expect(startViewerServer({ graphPath: join(work, 'missing.ttl'), port: 0, root })).rejects.toThrow(UsageError);
    await writeFile(join(work, 'broken.ttl'), '<a> <b> .');
    await expect(startViewerServer({ graphPath: join(work, 'broken.ttl'), port: 0, root })).rejects.toThrow(GraphReadError);
  });

  it('closes: the port stops answering', async () => {
    const other = await startViewerServer({ graphPath, port: 0, root });
    await other.close();
    await expect(get(other.url, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('parley view', () => {
  function run(args: string[], until: Promise<void>) {
    const out: string[] = [];
    const err: string[] = [];
    let exit = -1;
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), interactive: false, cwd: work };
    const command = createViewCommand(() => until)(io, (code) => void (exit = code));
    command.exitOverride().configureOutput({ writeOut: (t) => void out.push(t), writeErr: (t) => void err.push(t) });
    const done = command.parseAsync(args, { from: 'user' });
    return { out, err, done, exit: () => exit };
  }

  it('prints the URL, serves until stopped, then closes with exit code 0', async () => {
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const view = run(['sample.ttl', '--port', '0'], stopped);
    await expect.poll(() => view.out.join('')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const url = view.out.join('').trim();
    expect(view.err.join('')).toContain('press Ctrl+C to stop');
    expect((await get(url, '/data.json')).status).toBe(200);
    stop();
    await view.done;
    expect(view.exit()).toBe(0);
    await expect(get(url, '/')).rejects.toThrow(/ECONNREFUSED/);
  });

  it.each([['--port', 'eighty'], ['--port', '65536'], ['--port', '-1']])('rejects %s %s', async (...args) => {
    const view = run(['sample.ttl', ...args], new Promise(() => {}));
    await expect(view.done).rejects.toThrow(/Expecting an integer from 0 to 65535|unknown option/);
  });
});
