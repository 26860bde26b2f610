// Rounds of talks and the timeline on a small dated corpus (test/fixtures/rounds): fisheries talks between Norway and
// Iceland, two rounds in Bergen a month apart, the first reported by two articles of one outlet (the second repeats the
// first's demand, as a reprint would) and the second by another outlet, with positions that change.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle, writeTurtle } from '../../src/rdf/turtle.js';
import { getTimeline } from '../../src/query/timeline.js';
import { checkGraph } from '../../src/rdf/check-graph.js';
import type { KnowledgeGraph } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const CORPUS = new URL('../fixtures/rounds/', import.meta.url).pathname;
const FIRST = 'Bergen talks (first round, 8 March 2024)';
const SECOND = 'Bergen talks (second round, 12 April 2024)';

let graph: KnowledgeGraph;
let turtle: string;
beforeAll(async () => {
  ({ graph } = await buildGraph([CORPUS], { jobs: 1 }));
  turtle = writeTurtle(toQuads(graph));
});

const labelOf = (key: string): string | undefined => graph.entities.find((entity) => entity.key === key)?.label;

describe('rounds of talks', () => {
  it('makes two rounds of the two meetings in Bergen a month apart, the first reported by two articles', () => {
    const rounds = graph.entities.filter((entity) => entity.type === 'Talks');
    expect(rounds.map(({ label, round }) => ({ label, round }))).toEqual([
      { label: FIRST, round: { ordinal: 1, start: '2024-03-08', end: undefined, participants: ['party/Iceland', 'party/Norway'] } },
      { label: SECOND, round: { ordinal: 2, start: '2024-04-12', end: undefined, participants: ['party/Iceland', 'party/Norway'] } },
    ]);
  });

  it('ties each stance to the round its article reports and dates it by its sentence, else by its article', () => {
    const dated = graph.claims
      .filter((claim) => claim.predicate !== 'heldIn')
      .flatMap((claim) => claim.sources.map((source) => `${labelOf(claim.subject)} ${claim.predicate} ${labelOf(claim.object)} @ ${labelOf(source.round ?? '')} on ${source.date}`))
      .sort();
    expect(dated).toEqual([
      `Iceland agrees joint monitoring commission for the North Atlantic stocks @ ${SECOND} on 2024-04-13`,
      `Iceland agrees larger share of the mackerel quota @ ${SECOND} on 2024-04-13`,
      `Iceland proposes joint monitoring commission for the North Atlantic stocks @ ${FIRST} on 2024-03-09`,
      `Iceland rejects larger share of the mackerel quota @ ${FIRST} on 2024-03-09`,
      `Norway agrees joint monitoring commission for the North Atlantic stocks @ ${SECOND} on 2024-04-13`,
      `Norway demands larger share of the mackerel quota @ ${FIRST} on 2024-03-09`,
      `Norway demands larger share of the mackerel quota @ ${FIRST} on 2024-03-11`,
      `Norway proposes ban on bottom trawling near the coast @ ${SECOND} on 2024-04-13`,
    ]);
  });

  it('writes the rounds, the claim dates and the mention dates in RDF that conforms to the shapes', () => {
    expect(turtle).toContain('schema:startDate "2024-03-08"^^xsd:date');
    expect(turtle).toContain('parley:ordinal "2"^^xsd:positiveInteger');
    expect(turtle).toContain('parley:earliestDate "2024-03-09"^^xsd:date');
    expect(turtle).toContain('parley:latestDate "2024-03-11"^^xsd:date');
    expect(turtle).toContain('dcterms:date "2024-03-11"^^xsd:date');
    expect(checkGraph(toQuads(graph))).toEqual({ conforms: true, violations: [] });
  });
});

describe('outlets and offsets', () => {
  it('counts the two articles of one outlet once, as one witness of the demand they both state', () => {
    const demand = graph.claims.find((c) => c.predicate === 'demands' && labelOf(c.object) === 'larger share of the mackerel quota');
    expect(new Set(demand!.sources.map((s) => s.articleId)).size).toBe(2);
    const store = readTurtle(turtle);
    const node = store.getSubjects(null, null, null).find((s) => store.getQuads(s, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#object', `https://w3id.org/parley/id/topic/larger_share_of_the_mackerel_quota`, null).length > 0 && store.getQuads(s, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate', 'https://w3id.org/parley/ontology#demands', null).length > 0);
    const count = (p: string) => store.getObjects(node!, `https://w3id.org/parley/ontology#${p}`, null)[0]?.value;
    expect([count('articleCount'), count('outletCount')]).toEqual(['2', '1']);
    // One witness: the confidence is that of the better of the two sentences, not the two combined.
    expect(demand!.confidence).toBe(Math.max(...demand!.sources.map((s) => s.confidence)));
  });

  it('gives every mention offsets that select its quote in the text the article carries', () => {
    const texts = new Map(graph.articles.map((a) => [a.id, a.text]));
    const sources = graph.claims.flatMap((c) => c.sources);
    expect(sources.length).toBeGreaterThan(5);
    for (const s of sources) expect(texts.get(s.articleId)!.slice(s.start, s.end)).toBe(s.quote);
  });
});

describe('the timeline', () => {
  it.each([
    ['Iceland', 'joint monitoring commission', [[FIRST, ['proposes'], []], [SECOND, ['agrees'], ['proposal-agreed']]]],
    ['Iceland', 'mackerel', [[FIRST, ['rejects'], []], [SECOND, ['agrees'], ['rejection-accepted']]]],
    ['Norway', 'mackerel', [[FIRST, ['demands'], []], [SECOND, [], ['demand-dropped']]]],
    ['Norway', 'bottom trawling', [[SECOND, ['proposes'], []]]],
  ] as const)('%s on %s, round by round', (party, topic, expected) => {
    const { threads } = getTimeline(readTurtle(turtle), { party, topic });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.entries.map((entry) => [entry.step.label, entry.stances, entry.changes.map((change) => change.kind)])).toEqual(expected);
  });

  it('follows an issue across the different topics a side holds under it, by issue, a numbered round of unknown date before a later one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-issue-timeline-'));
    try {
      await writeFile(join(dir, '1.md'), 'Chile and the Andean Liberation Front held the second round of peace talks in Quito.\n\nThe front rejected a bilateral ceasefire.\n');
      await writeFile(join(dir, '2.md'), '---\ndate: 2024-06-10\n---\n\nChile and the Andean Liberation Front held the third round of peace talks in Lima on June 7.\n\nThe front agreed to a six-month truce.\n');
      const built = await buildGraph([dir], { jobs: 1 });
      const store = readTurtle(writeTurtle(toQuads(built.graph)));
      const byTopic = getTimeline(store, { party: 'Andean Liberation Front' });
      expect(byTopic.threads.flatMap((thread) => thread.entries.flatMap((entry) => entry.changes))).toEqual([]);
      const byIssue = getTimeline(store, { party: 'Andean Liberation Front', by: 'issue' });
      expect(byIssue.by).toBe('issue');
      expect(byIssue.steps.map((step) => [step.ordinal, step.date])).toEqual([[2, undefined], [3, '2024-06-07']]);
      expect(byIssue.threads.map((thread) => [thread.topic.label, thread.entries.map((entry) => [entry.stances, entry.topics?.map((topic) => topic.label), entry.changes.map((change) => change.kind)])])).toEqual([
        ['Ceasefire', [[['rejects'], ['bilateral ceasefire'], []], [['agrees'], ['six-month truce'], ['rejection-accepted']]]],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists the steps in time order', () => {
    expect(getTimeline(readTurtle(turtle)).steps.map((step) => [step.label, step.date, step.ordinal])).toEqual([
      [FIRST, '2024-03-08', 1],
      [SECOND, '2024-04-12', 2],
    ]);
  });
});

describe('parley timeline', () => {
  const dir = useTempDir('timeline');
  beforeAll(async () => {
    await writeFile(join(dir.path, 'graph.ttl'), turtle);
  });

  it('prints each stance round by round with the changes marked', async () => {
    const run = await runCli(['timeline', 'Norway', '--topic', 'mackerel', '--graph', 'graph.ttl'], dir.path);
    expect(run).toEqual({
      code: 0,
      stdout: `Norway\n  larger share of the mackerel quota\n    ${FIRST}: demands\n    ${SECOND}: no longer states it  [demand dropped]\n`,
      stderr: '',
    });
  });

  it('prints JSON with --json', async () => {
    const run = await runCli(['timeline', 'Iceland', '--json', '--graph', 'graph.ttl'], dir.path);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { threads: { topic: { label: string } }[] };
    expect(parsed.threads.map((thread) => thread.topic.label)).toEqual(['joint monitoring commission for the North Atlantic stocks', 'larger share of the mackerel quota']);
  });

  it('prints the topics of each issue with --by issue', async () => {
    const run = await runCli(['timeline', 'Norway', '--by', 'issue', '--topic', 'trade', '--graph', 'graph.ttl'], dir.path);
    expect(run).toEqual({
      code: 0,
      stdout: `Norway\n  Trade and tariffs\n    ${FIRST}: demands (larger share of the mackerel quota)\n    ${SECOND}: no longer states it  [demand dropped]\n`,
      stderr: '',
    });
  });

  it.each([
    [['timeline', 'Norway', '--by', 'side', '--graph', 'graph.ttl'], "option '--by <grouping>' argument 'side' is invalid"],
    [['timeline', 'Atlantis', '--graph', 'graph.ttl'], 'parley: timeline: no party named "Atlantis" in graph.ttl'],
    [['timeline', '--topic', ' ', '--graph', 'graph.ttl'], 'parley: timeline: the topic is empty'],
  ])('exits 2 on %j', async (args, message) => {
    const run = await runCli(args, dir.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
