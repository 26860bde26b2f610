// The written Turtle loads in other RDF tools: rapper (raptor2) and Debian's rdflib give the same triple count as n3.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';
import { skipWithout, titleFor, toolWorks } from './external-tool.js';

const PYTHON = '/usr/bin/python3';
const hasRapper = toolWorks('rapper', ['--version']);
const hasRdflib = toolWorks(PYTHON, ['-c', 'import rdflib']);

let dir: string;
let path: string;
let n3Count: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-interop-'));
  path = await writeSampleGraph(dir);
  n3Count = (await readGraphFile(path)).size;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('interoperability of the written Turtle', () => {
  it.skipIf(skipWithout(hasRapper))(titleFor('loads with rapper and counts the same triples', 'rapper', hasRapper), () => {
    const check = spawnSync('rapper', ['-q', '-i', 'turtle', '-c', path], { encoding: 'utf8' });
    expect(check.error).toBeUndefined();
    expect(check.status).toBe(0);
    const lines = spawnSync('rapper', ['-q', '-i', 'turtle', '-o', 'ntriples', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(lines.status).toBe(0);
    expect(lines.stdout.split('\n').filter((line) => line.trim() !== '')).toHaveLength(n3Count);
  });

  it.skipIf(skipWithout(hasRdflib))(titleFor('loads with rdflib and counts the same triples', 'python3-rdflib', hasRdflib), () => {
    const script = 'import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle"); print(len(g))';
    const result = spawnSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(Number(result.stdout.trim())).toBe(n3Count);
    expect(n3Count).toBeGreaterThan(500);
  });
});
