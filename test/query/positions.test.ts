// Tests of getPositions over the sample Muscat talks graph, read back from its Turtle file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { getPositions, type Position } from '../../src/query/index.js';
import { entityIri, entityKey } from '../../src/rdf/namespaces.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { STANCES, type Stance } from '../../src/types.js';
import { HOSTILE_HTML_LABEL, sampleKnowledgeGraph, writeSampleGraph } from '../fixtures/knowledge-graph.js';

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-positions-'));
  store = await readGraphFile(await writeSampleGraph(dir));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const IRAN = entityIri(entityKey('Party', 'Iran'));
const brief = (p: Position): string => `${p.party.label} ${p.stance} ${p.topic.label} (${p.holder.label})`;

describe('getPositions', () => {
  it('lists every party position in order: party, stance, descending confidence, topic', () => {
    expect(getPositions(store).map(brief)).toEqual([
      'Iran demands lifting of sanctions (Iran)',
      'Iran proposes third round of talks (Nadia Farahani)',
      'Iran proposes cap on uranium enrichment (Dariush Karimi)',
      'Iran agrees second round of talks (Iran)',
      'Oman proposes a "fair" deal \\ no\nexceptions 🕊\uFFFD (Oman)',
      'United States demands full access for inspectors (American delegation)',
      'United States rejects phased lifting of sanctions (United States)',
      `United States rejects ${HOSTILE_HTML_LABEL} (United States)`,
      'United States proposes monitoring role for international inspectors (United States)',
      'United States agrees second round of talks (United States)',
    ]);
  });

  it.each([
    ['its label', 'Iran'],
    ['its label in another case', 'IRAN'],
    ['an alias', 'Tehran'],
    ['an alias with accents and spaces', '  Téhràn '],
    ['a multi-word alias', 'islamic republic of iran'],
    ['its IRI', IRAN],
  ])('finds a party by %s', (_how, name) => {
    const positions = getPositions(store, { party: name });
    expect(positions).toHaveLength(4);
    expect(new Set(positions.map((p) => p.party.iri))).toEqual(new Set([IRAN]));
  });

  it.each([
    ['the united states', 5],
    ['Wáshington', 5],
    ['Oman', 1],
  ])('finds %s with %i positions', (name, count) => {
    expect(getPositions(store, { party: name })).toHaveLength(count);
  });

  it('counts the positions of a party’s people and delegations as the party’s', () => {
    const iran = getPositions(store, { party: 'Iran' });
    expect(iran.map((p) => [p.holder.label, p.holder.type])).toContainEqual(['Dariush Karimi', 'Person']);
    const us = getPositions(store, { party: 'United States' });
    expect(us.map((p) => [p.holder.label, p.holder.type])).toContainEqual(['American delegation', 'Delegation']);
    expect(us.every((p) => p.party.label === 'United States')).toBe(true);
  });

  it.each(STANCES.map((stance) => [stance]))('filters by stance %s', (stance: Stance) => {
    const positions = getPositions(store, { stance });
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.every((p) => p.stance === stance)).toBe(true);
  });

  it('finds the topic both parties agreed to', () => {
    const agreed = getPositions(store, { stance: 'agrees' });
    expect(agreed.map((p) => [p.party.label, p.topic.label])).toEqual([
      ['Iran', 'second round of talks'],
      ['United States', 'second round of talks'],
    ]);
  });

  it('combines a position stated in two articles, with both sources', () => {
    const [demand] = getPositions(store, { party: 'Iran', stance: 'demands' });
    expect(demand).toMatchObject({ topic: { label: 'lifting of sanctions' }, confidence: 0.94, articleCount: 2 });
    expect(demand!.sources.map((s) => s.article)).toEqual(['muscat-follow-up.txt', 'muscat-round-one.txt']);
    for (const source of demand!.sources) {
      const article = sampleKnowledgeGraph.articles.find((a) => a.file === source.article)!;
      expect(article.text).toContain(source.quote);
      expect(source.title).toBe(article.title);
    }
  });

  it('says which positions rest on what the resolver inferred, and by which rule', () => {
    const iran = getPositions(store, { party: 'Iran' });
    // No article states Farahani's side: her proposal is Iran's only by inference.
    expect(iran.map((p) => [p.holder.label, p.inferredBy])).toEqual([
      ['Iran', []],
      ['Nadia Farahani', ['memberOf.resolved-side']],
      ['Dariush Karimi', []],
      ['Iran', []],
    ]);
    expect(getPositions(store).filter((p) => p.inferredBy.length > 0)).toHaveLength(1);
  });

  it('leaves out claims that are not stances', () => {
    const predicates = new Set(getPositions(store).map((p) => p.stance));
    expect([...predicates].every((p) => STANCES.includes(p))).toBe(true);
    expect(getPositions(store, { party: 'Oman' }).map((p) => p.topic.label)).not.toContain('Muscat talks');
  });

  it('rejects an unknown party with a usage error that lists the known parties', () => {
    let caught: unknown;
    try {
      getPositions(store, { party: 'Atlantis' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    for (const party of ['Iran', 'Oman', 'United States']) expect((caught as Error).message).toContain(party);
  });

  it.each([
    ['an empty party', { party: ' ' }],
    ['an unknown stance', { stance: 'threatens' as Stance }],
  ])('rejects %s', (_what, options) => {
    expect(() => getPositions(store, options)).toThrow(UsageError);
  });
});
