// The built graph is a function of the articles alone: the same bytes from every build, wherever the files lie and in
// whatever order they come; other RDF tools read it whole, and it uses only terms the ontology declares.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { PARLEY } from '../../src/rdf/namespaces.js';
import { parleyTermProblems, readOntology } from '../ontology/check-ontology.js';
import { DEBIAN_PYTHON as PYTHON, requireTool } from '../support/require-tool.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { buildSampleGraph } from '../helpers/sample-graph.js';
import { useTempDir } from '../helpers/temp-dir.js';

const rapper = requireTool('rapper');
const rdflib = requireTool('rdflib');

const dir = useTempDir('determinism');
let first: string;
let firstBytes: Buffer;
let seedFiles: string[];
beforeAll(async () => {
  first = await buildSampleGraph(dir.path, 'first.ttl');
  firstBytes = await readFile(first);
  seedFiles = (await readdir(SEEDS_DIR)).sort();
});

describe('a build of the sample corpus', () => {
  it('writes a graph of every article', () => {
    expect(seedFiles.length).toBeGreaterThanOrEqual(5);
    const turtle = firstBytes.toString('utf8');
    for (const file of seedFiles) expect(turtle).toContain(`"${file}"`);
  });

  it('writes the same bytes twice', async () => {
    const second = await buildSampleGraph(dir.path, 'second.ttl');
    expect((await readFile(second)).equals(firstBytes)).toBe(true);
  });

  describe('from a copy of the corpus elsewhere, its files created in reverse order', () => {
    let copy: string;
    beforeAll(async () => {
      copy = join(dir.path, 'elsewhere', 'nested', 'corpus');
      await mkdir(copy, { recursive: true });
      // Reverse order of creation, so that a folder listing in creation order differs from the original's.
      for (const file of [...seedFiles].reverse()) await copyFile(join(SEEDS_DIR, file), join(copy, file));
    });

    it.each([
      ['the folder', 'folder', (): string[] => ['.']],
      ['its files named in reverse order', 'files', (): string[] => [...seedFiles].reverse()],
    ])('writes the same bytes when given %s', async (_, name, args) => {
      const out = join(dir.path, 'elsewhere', `${name}.ttl`);
      const run = await runCli(['build', ...args(), '--out', out], copy);
      expect(run.code, run.stderr).toBe(0);
      expect((await readFile(out)).equals(firstBytes)).toBe(true);
    });
  });
});

describe('the built Turtle in other RDF tools', () => {
  let n3Count: number;
  beforeAll(async () => {
    n3Count = (await readGraphFile(first)).size;
  });

  it('holds a graph of some size for n3', () => {
    expect(n3Count).toBeGreaterThan(1000);
  });

  rapper.it('parses with rapper into as many triples as n3 reads', () => {
    const check = spawnSync('rapper', ['-q', '-i', 'turtle', '-c', first], { encoding: 'utf8' });
    expect(check.error).toBeUndefined();
    expect(check.status, check.stderr).toBe(0);
    const lines = spawnSync('rapper', ['-q', '-i', 'turtle', '-o', 'ntriples', first], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(lines.status, lines.stderr).toBe(0);
    expect(lines.stdout.split('\n').filter((line) => line.trim() !== '')).toHaveLength(n3Count);
  });

  rdflib.it('parses with rdflib into as many triples as n3 reads', () => {
    const script = 'import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle"); print(len(g))';
    const result = spawnSync(PYTHON, ['-c', script, first], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
    expect(Number(result.stdout.trim())).toBe(n3Count);
  });
});

describe('the vocabulary of the built graph', () => {
  let graph: Store;
  beforeAll(async () => {
    graph = await readGraphFile(first);
  });

  it('uses parley: terms', () => {
    expect(graph.getQuads(null, null, null, null).some((q) => q.predicate.value.startsWith(PARLEY))).toBe(true);
  });

  it('declares every parley: term it uses in the ontology, with a label and a comment', async () => {
    expect(parleyTermProblems(graph, await readOntology())).toEqual([]);
  });
});
