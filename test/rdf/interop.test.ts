// The written Turtle and the ontology load in other RDF tools: rapper (raptor2) and Debian's rdflib count the same triples as n3.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';
import { ONTOLOGY_PATH } from '../ontology/check-ontology.js';
import { DEBIAN_PYTHON as PYTHON, requireTool } from '../support/require-tool.js';

const rapper = requireTool('rapper');
const rdflib = requireTool('rdflib');

let dir: string;
/** The written sample graph and the ontology, each with the number of triples n3 reads from it. */
const files: { name: string; path: string; n3Count: number }[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-interop-'));
  for (const path of [await writeSampleGraph(dir), ONTOLOGY_PATH]) {
    files.push({ name: basename(path), path, n3Count: (await readGraphFile(path)).size });
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('interoperability of the written Turtle', () => {
  it('reads both files with n3', () => {
    expect(files.map((f) => f.name)).toEqual(['sample.ttl', 'parley.ttl']);
    expect(files[0]!.n3Count).toBeGreaterThan(500);
    expect(files[1]!.n3Count).toBeGreaterThan(100);
  });

  rapper.it('loads with rapper and counts the same triples', () => {
    for (const { path, n3Count } of files) {
      const check = spawnSync('rapper', ['-q', '-i', 'turtle', '-c', path], { encoding: 'utf8' });
      expect(check.error).toBeUndefined();
      expect(check.status, path).toBe(0);
      const lines = spawnSync('rapper', ['-q', '-i', 'turtle', '-o', 'ntriples', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(lines.status, path).toBe(0);
      expect(lines.stdout.split('\n').filter((line) => line.trim() !== ''), path).toHaveLength(n3Count);
    }
  });

  rdflib.it('loads with rdflib and counts the same triples', () => {
    const script = 'import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle"); print(len(g))';
    for (const { path, n3Count } of files) {
      const result = spawnSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
      expect(result.error).toBeUndefined();
      expect(result.status, path).toBe(0);
      expect(Number(result.stdout.trim()), path).toBe(n3Count);
    }
  });
});
