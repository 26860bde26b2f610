// Tests of getMatrix and `parley matrix`: the sample corpus, and a fictional corpus written for a contested claim.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMatrix, getPositions, type NegotiationMatrix } from '../../src/query/index.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { PARLEY_TERMS } from '../../src/rdf/namespaces.js';
import { buildSampleGraph } from '../helpers/sample-graph.js';
import { REPO_ROOT } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';

const CONTESTED_CORPUS = resolve(REPO_ROOT, 'test/fixtures/contested');

let dir: string;
let sampleGraph: string;
let sample: Store;
let contestedGraph: string;
let contested: Store;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-matrix-'));
  sampleGraph = await buildSampleGraph(dir);
  sample = await readGraphFile(sampleGraph);
  contestedGraph = join(dir, 'contested.ttl');
  const run = await runCli(['build', CONTESTED_CORPUS, '--out', contestedGraph], dir);
  if (run.code !== 0) throw new Error(run.stderr);
  contested = await readGraphFile(contestedGraph);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const only = (store: Store): NegotiationMatrix => {
  const { negotiations } = getMatrix(store);
  expect(negotiations).toHaveLength(1);
  return negotiations[0]!;
};

describe('getMatrix on the sample corpus', () => {
  it('puts the two sides with delegations at the table', () => {
    expect(only(sample).table.map((s) => s.label)).toEqual(['Russia', 'Ukraine']);
  });

  it('names the territorial withdrawal a sticking point, with the quotes of both sides', () => {
    const territory = only(sample).stickingPoints.find((s) => s.about.kind === 'issue' && s.about.label === 'Territory and withdrawal');
    expect(territory?.claims.map((c) => `${c.side.label} ${c.stance}`)).toEqual(expect.arrayContaining(['Russia demands', 'Ukraine rejects']));
    expect(territory?.claims.some((c) => /withdrawal of Ukrainian forces/u.test(c.topic.label) && c.quotes.length > 0)).toBe(true);
  });

  it('finds the prisoner exchange as common ground of both sides', () => {
    const matrix = only(sample);
    const swap = matrix.commonGround.find((s) => s.about.label === 'new prisoner swap');
    expect(swap?.issue.label).toBe('Prisoners and hostages');
    expect(new Set(swap?.claims.map((c) => c.side.label))).toEqual(new Set(['Russia', 'Ukraine']));
    expect(swap?.claims.every((c) => c.quotes.length > 0)).toBe(true);
  });

  it('keeps the requested leaders\' meeting as one topic under one issue', () => {
    const meetings = getPositions(sample).filter((p) => /meeting between|presidential-level|leaders of both states/u.test(p.topic.label));
    expect(new Set(meetings.map((p) => p.topic.label))).toEqual(new Set(['presidential-level meeting']));
    const cell = only(sample).cells.find((c) => c.claims.some((claim) => claim.topic.label === 'presidential-level meeting'));
    expect(cell?.issue.label).toBe('Talks and meetings');
  });

  it('gives each cell its stances with claim counts, outlets and latest date', () => {
    const cell = only(sample).cells.find((c) => c.side.label === 'Russia' && c.issue.label === 'Territory and withdrawal');
    expect(cell?.stances.map((s) => s.stance)).toEqual(['demands']);
    expect(cell?.stances[0]?.claims).toBeGreaterThanOrEqual(3);
    expect(cell?.stances[0]?.outlets).toEqual(['Euromaidan Press']);
  });
});

describe('contested claims', () => {
  it('flags a side that agrees to and rejects a topic in two articles of the same date, and links the claims both ways', () => {
    const matrix = only(contested);
    expect(matrix.contested.map(([a, b]) => [a.side.label, a.stance, b.stance, a.topic.label])).toEqual([
      ['Norway', 'agrees', 'rejects', 'joint fishing quota'],
    ]);
    const [a, b] = matrix.contested[0]!;
    expect([a.quotes[0]?.outlet, b.quotes[0]?.outlet]).toEqual(['Harbour Herald', 'Coastal Courier']);
    const links = contested.getQuads(null, PARLEY_TERMS.contradicts, null, null);
    expect(links).toHaveLength(2);
    expect(links.map((q) => `${q.object.value} ${q.subject.value}`).sort()).toEqual(links.map((q) => `${q.subject.value} ${q.object.value}`).sort());
  });

  it('reads a change between two dates as a shift, not a contradiction', () => {
    const tariff = getPositions(contested, { party: 'Norway' }).filter((p) => p.topic.label === 'tariff on frozen fish');
    expect(tariff.map((p) => [p.stance, p.contested])).toEqual([
      ['rejects', false],
      ['agrees', false],
    ]);
  });

  it('shows the flag in `parley positions` and the pair in `parley matrix`', async () => {
    const positions = await runCli(['positions', 'Norway', '--graph', contestedGraph], dir);
    expect(positions.stdout).toMatch(/joint fishing quota \(confidence [\d.]+, 1 article, contested\)/u);
    const matrix = await runCli(['matrix', '--graph', contestedGraph], dir);
    expect(matrix.code).toBe(0);
    expect(matrix.stdout).toContain('Contested claims:\n  - Norway on "joint fishing quota"');
  });
});

describe('parley matrix', () => {
  it('writes CSV with a header and fields quoted where they hold commas or quotes', async () => {
    const run = await runCli(['matrix', '--graph', sampleGraph, '--csv'], dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe('negotiation,issue,side,stance,claims,topics,outlets,latest');
    expect(lines).toContain(lines.find((l) => l.startsWith('Russia – Ukraine,Prisoners and hostages,Russia,agrees,')));
    expect(run.stdout).toContain('"1,000-for-1,000 exchange;');
  });

  it('writes JSON that getMatrix gives, and refuses --json with --csv', async () => {
    const run = await runCli(['matrix', '--graph', sampleGraph, '--json'], dir);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(getMatrix(sample))));
    const both = await runCli(['matrix', '--graph', sampleGraph, '--json', '--csv'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^parley: matrix: --json and --csv/u);
  });
});
