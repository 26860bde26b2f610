// `parley build` reading from the web: pages, a URL list and feeds served on 127.0.0.1; failures reported per address.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position } from '../../src/query/index.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { startFixtureServer, type FixtureServer } from '../ingest/web-fixture-server.js';

const dir = useTempDir('cli-build-web');
let server: FixtureServer;
let run: CliRun;

/** What the graph says of each article, by file name. */
async function articlesOf(graph: string): Promise<Map<string, Record<string, string>>> {
  const store = await readGraphFile(graph);
  const schema = (term: string) => `https://schema.org/${term}`;
  const articles = new Map<string, Record<string, string>>();
  for (const node of store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', schema('NewsArticle'), null)) {
    const value = (predicate: string) => store.getObjects(node, predicate, null)[0]?.value ?? '';
    const file = value('https://w3id.org/parley/ontology#fileName');
    articles.set(file, { url: value(schema('url')), outlet: value(schema('publisher')), date: value(schema('datePublished')), title: value(schema('headline')) });
  }
  return articles;
}

beforeAll(async () => {
  server = await startFixtureServer();
  await writeFile(join(dir.path, 'urls.txt'), `# pages to read\n${server.url('/briefing.txt')}\n\n${server.url('/missing')}\n${server.url('/flaky')}\n`);
  run = await runCli(
    [
      'build',
      server.url('/moved'),
      server.url('/cafe'),
      server.url('/slow'),
      server.url('/image.png'),
      '--urls',
      'urls.txt',
      '--feed',
      server.url('/feed.rss'),
      '--feed',
      server.url('/feed.atom'),
      '--fetch-timeout',
      '0.5',
      '--no-cache',
      '--jobs',
      '1',
      '--out',
      'graph.ttl',
    ],
    dir.path,
  );
}, 60_000);

afterAll(() => server.close());

describe('parley build from the web', () => {
  it('reports each address that failed, with the reason, and exits 1', () => {
    expect(run.stderr).toContain(`parley: build: skipped ${server.url('/missing')}: HTTP 404 Not Found\n`);
    expect(run.stderr).toContain(`parley: build: skipped ${server.url('/slow')}: timed out after 0.5 s\n`);
    expect(run.stderr).toContain(`parley: build: skipped ${server.url('/image.png')}: not an article: Content-Type image/png\n`);
    expect(run.stderr.match(/^parley: /gmu)).toHaveLength(3);
    expect(run.code).toBe(1);
  });

  it('retries a page that answered 500 and builds it', () => {
    expect(server.hits.get('/flaky')).toBe(2);
    expect(run.stdout).toMatch(/^graph\.ttl: 6 articles;/mu);
  });

  it('gives each article its address after redirects, outlet, date and title', async () => {
    const host = new URL(server.url('/')).host;
    const name = (path: string) => `${host}${path}`.replace(/[^\p{L}\p{N}.-]+/gu, '_');
    const articles = await articlesOf(join(dir.path, 'graph.ttl'));
    expect(Object.fromEntries(articles)).toEqual({
      [`${name('/moved')}.html`]: { url: server.url('/news/talks-resume'), outlet: 'Gulf Times', date: '2024-05-02', title: 'Harbour talks resume' },
      [`${name('/cafe')}.html`]: { url: server.url('/cafe'), outlet: '127.0.0.1', date: '', title: 'Café diplomacy' },
      [`${name('/flaky')}.html`]: { url: server.url('/flaky'), outlet: '127.0.0.1', date: '', title: 'Second day of talks' },
      [name('/briefing.txt')]: {
        url: server.url('/briefing.txt'),
        outlet: '127.0.0.1',
        date: '2024-02-06',
        title: 'Talks resumed on Monday in Geneva between the two delegations.',
      },
      [`${name('/items/rss-item')}.html`]: { url: server.url('/items/rss-item'), outlet: 'Harbour Herald', date: '2024-05-07', title: 'Armenia offers transport links' },
      [`${name('/items/atom-item')}.html`]: { url: server.url('/items/atom-item'), outlet: 'Atom Daily', date: '2024-05-08', title: 'Border commission to go on' },
    });
  });

  it('shows the outlet and date with each quote in positions', async () => {
    const text = await runCli(['positions', 'Azerbaijan', '--graph', 'graph.ttl'], dir.path);
    expect(text.stdout).toContain('" (Gulf Times, 2024-05-02)');
    const json = await runCli(['positions', 'Azerbaijan', '--graph', 'graph.ttl', '--json'], dir.path);
    const sources = (JSON.parse(json.stdout) as Position[]).flatMap((p) => p.sources);
    expect(sources).toContainEqual(expect.objectContaining({ outlet: 'Gulf Times', published: '2024-05-02', url: server.url('/news/talks-resume') }));
  });

  it('writes the same Turtle when built again from the same pages', async () => {
    const first = await readFile(join(dir.path, 'graph.ttl'), 'utf8');
    const again = await runCli(['build', server.url('/moved'), server.url('/cafe'), '--urls', 'urls.txt', '--feed', server.url('/feed.rss'), '--feed', server.url('/feed.atom'), '--jobs', '1', '--out', 'again.ttl'], dir.path);
    expect(again.stderr).toContain('HTTP 404 Not Found');
    expect(await readFile(join(dir.path, 'again.ttl'), 'utf8')).toBe(first);
  }, 60_000);

  it.each([
    [['build', '--urls', 'nowhere.txt'], /^parley: build: --urls nowhere\.txt: no such file\n$/u],
    [['build', '--feed', 'ftp://example.org/feed'], /^parley: build: --feed: ftp:\/\/example\.org\/feed is not an http or https address\.\n$/u],
    [['build', 'https://example.org/a', '--shard', '1/2', '--results', 'r'], /^parley: build: --shard 1\/2 reads files only/u],
  ])('refuses %j as a usage error', async (args, message) => {
    const result = await runCli(args, dir.path);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
  });
});
