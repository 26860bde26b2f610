// Tests of exportFacts: the scorer's JSON, read from the Turtle of the sample graph.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store as N3Store, type Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFacts, type FactsExport } from '../../src/query/index.js';
import { entityIri, entityKey } from '../../src/rdf/namespaces.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle, writeTurtle } from '../../src/rdf/turtle.js';
import { PREDICATES } from '../../src/types.js';
import { articleFromText } from '../../src/ingest/index.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { sampleKnowledgeGraph as graph, writeSampleGraph } from '../fixtures/knowledge-graph.js';

let dir: string;
let store: Store;
let facts: FactsExport;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-facts-'));
  store = await readGraphFile(await writeSampleGraph(dir));
  facts = exportFacts(store);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportFacts', () => {
  it('lists every entity but topics and offices, with the contract type names', () => {
    const expected = graph.entities.filter((e) => e.type !== 'Topic' && e.type !== 'Office');
    expect(facts.entities).toHaveLength(11);
    expect(facts.entities.map((e) => e.id)).toEqual(expected.map((e) => entityIri(e.key)).sort());
    expect(facts.entities.find((e) => e.type === 'Event')).toEqual({
      id: entityIri(entityKey('Talks', 'Muscat talks (first round, 12 April 2025)')),
      label: 'Muscat talks (first round, 12 April 2025)',
      type: 'Event',
      aliases: ['Muscat talks', 'indirect nuclear talks'],
    });
    expect(new Set(facts.entities.map((e) => e.type))).toEqual(new Set(['Party', 'Person', 'Delegation', 'Place', 'Event', 'Organization']));
  });

  it('gives one fact per stated claim, named by labels and the predicate’s local name', () => {
    expect(facts.facts).toHaveLength(graph.claims.length - 1);
    expect(facts.facts.every((f) => (PREDICATES as readonly string[]).includes(f.predicate))).toBe(true);
    expect(facts.facts).toContainEqual({
      subject: 'Dariush Karimi',
      predicate: 'leads',
      object: 'Iranian delegation',
      sources: [{ article: 'muscat-round-one.txt', quote: 'Iranian Foreign Minister Dariush Karimi led the Iranian delegation.' }],
    });
    expect(facts.facts.filter((f) => f.predicate === 'agrees').map((f) => f.subject)).toEqual(['Iran', 'United States']);
  });

  it('names a delegation as the sentence that states the fact does: by the words it uses, else by the side it names', () => {
    const texts = [
      "The Harbour Nurses Federation and Varden Health met in Lima on Monday. Ana Ruiz leads the federation's team in these talks. Varden Health's chief negotiator, Tom Vale, said the offer was final.",
    ];
    const built = buildGraphFromArticles(texts.map((t, i) => articleFromText(`${t}\n`, `article-${i}.txt`)));
    const led = exportFacts(new N3Store(toQuads(built))).facts.filter((f) => f.predicate === 'leads').map((f) => `${f.subject}: ${f.object}`);
    // (The labels are "Harbour Nurses Federation team" and "Varden Health delegation", which neither sentence writes.)
    expect(led).toEqual(["Ana Ruiz: federation's team", 'Tom Vale: Varden Health']);
    // (Nor when the sentence names the side only by "its".)
    const implied = buildGraphFromArticles([articleFromText('The Harbour Nurses Federation and Varden Health met in Lima on Monday. Varden Health made an offer. Its chief negotiator, Tom Vale, said the offer was final.\n', 'article-9.txt')]);
    expect(exportFacts(new N3Store(toQuads(implied))).facts.filter((f) => f.predicate === 'leads').map((f) => `${f.subject}: ${f.object}`)).toEqual(['Tom Vale: Varden Health']);
  });

  it('leaves out a claim the resolver inferred, which no article states, and keeps every article naming a stated claim\'s subject', () => {
    // Farahani's side is stated nowhere; her proposal is stated, so it stays.
    expect(facts.facts.filter((f) => f.subject === 'Nadia Farahani').map((f) => f.predicate)).toEqual(['proposes']);
    // The follow-up names Karimi without his side, which the first round states: both articles count it.
    expect(facts.facts.find((f) => f.subject === 'Dariush Karimi' && f.predicate === 'memberOf')?.sources).toEqual([
      { article: 'muscat-follow-up.txt', quote: 'Iran again demanded the lifting of sanctions, Karimi told reporters after the Muscat talks.' },
      { article: 'muscat-round-one.txt', quote: 'Iranian Foreign Minister Dariush Karimi' },
    ]);
  });

  it('cites quotes that occur in the named article, sorted', () => {
    for (const fact of facts.facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      const keys = fact.sources.map((s) => `${s.article}\u0000${s.quote}`);
      expect(keys).toEqual([...keys].sort());
      for (const source of fact.sources) {
        const article = graph.articles.find((a) => a.file === source.article);
        expect(article?.text).toContain(source.quote);
      }
    }
    expect(facts.facts.find((f) => f.object === 'lifting of sanctions')?.sources).toHaveLength(2);
  });

  it('is in a deterministic order and the same for a graph built in another order', () => {
    const keys = facts.facts.map((f) => [f.subject, f.predicate, f.object].join('\u0000'));
    expect(keys).toEqual([...keys].sort());
    const reversed = { articles: [...graph.articles].reverse(), entities: [...graph.entities].reverse(), claims: [...graph.claims].reverse() };
    const again = exportFacts(readTurtle(writeTurtle(toQuads(reversed).reverse())));
    expect(JSON.stringify(again)).toBe(JSON.stringify(facts));
  });

  it('serialises to JSON and back unchanged', () => {
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});
