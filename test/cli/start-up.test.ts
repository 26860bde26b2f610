// What the command line loads before it runs a command: help and the version never load the NLP model or the gazetteers.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-paths.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';

/** Packages that reading articles needs and nothing else does. */
const READING_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'world-countries', 'city-timezones'];

/** Packages that only one command needs: the SPARQL engine and the SHACL engine. */
const COMMAND_PACKAGES = ['oxigraph', 'rdf-validate-shacl'];

/** Preloaded into the child: at exit, lists on stderr the packages whose CommonJS modules were loaded. */
const REPORT_LOADED = `data:text/javascript,${encodeURIComponent(`
  import { createRequire } from 'node:module';
  process.on('exit', () => {
    const names = Object.keys(createRequire('/').cache).map((path) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(path)?.[1]).filter(Boolean);
    process.stderr.write('LOADED ' + JSON.stringify([...new Set(names)]) + '\\n');
  });
`)}`;

/** Runs the installed command (bin/parley.js) and returns the packages it loaded. */
async function packagesLoaded(args: readonly string[]): Promise<string[]> {
  const { stderr } = await promisify(execFile)(process.execPath, ['--import', REPORT_LOADED, 'bin/parley.js', ...args], { cwd: REPO_ROOT });
  const line = /^LOADED (.*)$/m.exec(stderr);
  if (!line) throw new Error(`no list of loaded packages in: ${stderr}`);
  return JSON.parse(line[1]!) as string[];
}

describe('the start of parley', () => {
  it.each([[['--help']], [['--version']], [['build', '--help']], [['positions', '--help']], [['sparql', '--help']]])('%j loads no package that reads articles', async (args) => {
    const loaded = await packagesLoaded(args);
    expect(loaded).toContain('commander');
    expect(loaded.filter((name) => READING_PACKAGES.includes(name))).toEqual([]);
  }, 30_000);
  it.each([[['--help']], [['--version']]])('%j loads no package that only a command needs', async (args) => {
    expect((await packagesLoaded(args)).filter((name) => COMMAND_PACKAGES.includes(name))).toEqual([]);
  }, 30_000);
});

describe('the queries of parley', () => {
  let dir: string;
  let graph: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-start-up-'));
    graph = await writeSampleGraph(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  // A party the graph names needs no gazetteer: world knowledge is loaded only for a name the graph lacks.
  it.each([[['positions']], [['positions', 'Iran']], [['matrix']], [['timeline']]])('%j loads no package that reads articles', async (args) => {
    const loaded = await packagesLoaded([...args, '--graph', graph]);
    expect(loaded).toContain('n3');
    expect(loaded.filter((name) => READING_PACKAGES.includes(name) || COMMAND_PACKAGES.includes(name))).toEqual([]);
  }, 30_000);
});
