import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { ValidationError } from '../../src/errors.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle } from '../../src/rdf/turtle.js';
import { assertValidGraph, formatViolation, resolveValidateGraphOptions, validateGraph } from '../../src/rdf/validate-graph.js';
import { sampleKnowledgeGraph, writeSampleGraph } from '../fixtures/knowledge-graph.js';
import { BROKEN_GRAPHS, CONFORMING_GRAPH } from '../fixtures/shapes/broken-graphs.js';

function captureIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), interactive: false, cwd, out, err };
}

describe('validateGraph', () => {
  it('accepts the hand-written conforming graph', async () => {
    const report = await validateGraph(readTurtle(CONFORMING_GRAPH));
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('accepts the graph the rdf writer makes of the sample knowledge graph', async () => {
    const report = await validateGraph(new Store(toQuads(sampleKnowledgeGraph)));
    expect(report.violations.map(formatViolation)).toEqual([]);
  });

  it.each(BROKEN_GRAPHS)('rejects $name', async ({ turtle, focusNode, path, message }) => {
    expect(turtle).not.toBe(CONFORMING_GRAPH);
    const report = await validateGraph(readTurtle(turtle));
    expect(report.conforms).toBe(false);
    expect(report.violations).toContainEqual(expect.objectContaining({ focusNode, path, message: expect.stringContaining(message), severity: 'Violation' }));
  });

  it('reports the same violations in the same order every time', async () => {
    const turtle = BROKEN_GRAPHS[0]!.turtle;
    const first = await validateGraph(readTurtle(turtle));
    const second = await validateGraph(readTurtle(turtle));
    expect(second).toEqual(first);
  });

  it('formats a violation as "<focus node> <path>: <message>"', () => {
    expect(formatViolation({ focusNode: 'id:claim/1', path: 'prov:wasDerivedFrom', message: 'has no source', severity: 'Violation', value: null })).toBe(
      'id:claim/1 prov:wasDerivedFrom: has no source',
    );
    expect(formatViolation({ focusNode: 'id:person/X', path: null, message: 'no party', severity: 'Violation', value: null })).toBe('id:person/X: no party');
  });

  it.each([
    [{ maxViolations: 0 }, /maxViolations/],
    [{ maxViolations: 1.5 }, /maxViolations/],
    [{ shapesPath: '' }, /shapesPath/],
  ])('rejects options %j', (options, error) => {
    expect(() => resolveValidateGraphOptions(options)).toThrow(error);
  });

  it('stops after maxViolations', async () => {
    const partyless = Array.from({ length: 5 }, (_, i) => `person:Envoy_${i} a parley:Person ; rdfs:label "Envoy ${i}" ; parley:demands topic:opening_of_transport_links .\n`);
    const graph = readTurtle(CONFORMING_GRAPH + partyless.join(''));
    expect((await validateGraph(graph)).violations).toHaveLength(5);
    expect((await validateGraph(graph, { maxViolations: 2 })).violations).toHaveLength(2);
  });
});

describe('assertValidGraph', () => {
  it('resolves for a conforming graph', async () => {
    await expect(assertValidGraph(readTurtle(CONFORMING_GRAPH))).resolves.toBeUndefined();
  });

  it('throws a ValidationError listing each violation as "<focus node> <path>: <message>"', async () => {
    const error = await assertValidGraph(readTurtle(BROKEN_GRAPHS[0]!.turtle)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    const violations = (error as ValidationError).violations;
    expect(violations).toContain('id:claim/00000000000000a1 prov:wasDerivedFrom: has no source: a claim needs at least one prov:wasDerivedFrom link to a parley:Mention');
    for (const line of violations) expect((error as ValidationError).message).toContain(line);
  });
});

describe('parley validate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-validate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 0 on a conforming graph', async () => {
    const graph = await writeSampleGraph(dir);
    const io = captureIo(dir);
    expect(await main(['validate', '--graph', graph], io)).toBe(0);
    expect(io.out.join('')).toContain('conforms');
  });

  it('exits 1 and lists the violations of a broken graph', async () => {
    const broken = BROKEN_GRAPHS[1]!;
    await writeFile(join(dir, 'broken.ttl'), broken.turtle);
    const io = captureIo(dir);
    expect(await main(['validate', '--graph', 'broken.ttl'], io)).toBe(1);
    expect(io.err.join('')).toContain(`${broken.focusNode} ${broken.path}: `);
  });

  it('exits 2 when the graph file is missing', async () => {
    const io = captureIo(dir);
    expect(await main(['validate', '--graph', 'missing.ttl'], io)).toBe(2);
  });
});
