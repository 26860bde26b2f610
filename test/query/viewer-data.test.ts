// Tests getViewerData on a small hand-written graph of nuclear talks between Iran and the United States mediated by Oman.
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { getViewerData, type ViewerData } from '../../src/query/viewer-data.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle, writeTurtle } from '../../src/rdf/turtle.js';
import { HOSTILE_HTML_LABEL, sampleKnowledgeGraph } from '../fixtures/knowledge-graph.js';

const TURTLE = `
@prefix parley: <https://w3id.org/parley/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:party/Iran a parley:Party ; rdfs:label "Iran" ; skos:altLabel "Tehran" .
id:party/United_States a parley:Party ; rdfs:label "United States" ; skos:altLabel "Washington", "US" .
id:party/Oman a parley:Party ; rdfs:label "Oman" .
id:person/Leila_Karimi a parley:Person ; rdfs:label "Leila Karimi" ; parley:party id:party/Iran ;
  parley:role id:office/Deputy_Foreign_Minister .
id:delegation/Iranian_delegation a parley:Delegation ; rdfs:label "Iranian delegation" ; parley:party id:party/Iran .
id:office/Deputy_Foreign_Minister a parley:Office ; rdfs:label "Deputy Foreign Minister" .
id:topic/sanctions_relief a parley:Topic ; rdfs:label "sanctions relief" .
id:topic/enrichment_cap a parley:Topic ; rdfs:label "enrichment cap" .
id:topic/prisoner_exchange a parley:Topic ; rdfs:label "prisoner exchange" ; parley:party id:party/Oman .
id:talks/Muscat_talks a parley:Talks ; rdfs:label "Muscat talks" .
id:place/Muscat a parley:Place ; rdfs:label "Muscat" .

id:claim/c1 a parley:Claim, rdf:Statement ; rdf:subject id:party/Iran ; rdf:predicate parley:demands ;
  rdf:object id:topic/sanctions_relief ; parley:confidence 0.94 ; parley:articleCount 2 ;
  prov:wasDerivedFrom id:mention/m2, id:mention/m1, id:mention/m3 .
id:claim/c2 a parley:Claim, rdf:Statement ; rdf:subject id:party/United_States ; rdf:predicate parley:rejects ;
  rdf:object id:topic/sanctions_relief ; parley:confidence 0.7 ; parley:articleCount 1 .
id:claim/c3 a parley:Claim, rdf:Statement ; rdf:subject id:party/United_States ; rdf:predicate parley:demands ;
  rdf:object id:topic/enrichment_cap ; parley:confidence 0.8 ; parley:articleCount 1 .
id:claim/c4 a parley:Claim, rdf:Statement ; rdf:subject id:person/Leila_Karimi ; rdf:predicate parley:leads ;
  rdf:object id:delegation/Iranian_delegation ; parley:confidence 0.9 ; parley:articleCount 1 .
id:claim/c5 a parley:Claim, rdf:Statement ; rdf:subject id:talks/Muscat_talks ; rdf:predicate parley:heldIn ;
  rdf:object id:place/Muscat ; parley:confidence 0.9 ; parley:articleCount 1 .
id:claim/c6 a parley:Claim, rdf:Statement ; rdf:subject id:person/Leila_Karimi ; rdf:predicate parley:role ;
  rdf:object id:office/Deputy_Foreign_Minister ; parley:confidence 0.9 ; parley:articleCount 1 .

id:mention/m1 a parley:Mention ; prov:wasQuotedFrom id:article/a1 ; oa:hasTarget <https://w3id.org/parley/id/mention/m1/target> .
<https://w3id.org/parley/id/mention/m1/target> oa:hasSource id:article/a1 ;
  oa:hasSelector <https://w3id.org/parley/id/mention/m1/quote>, <https://w3id.org/parley/id/mention/m1/position> .
<https://w3id.org/parley/id/mention/m1/quote> a oa:TextQuoteSelector ; oa:exact "Tehran wants sanctions lifted first." .
<https://w3id.org/parley/id/mention/m1/position> a oa:TextPositionSelector ; oa:start 300 ; oa:end 336 .

id:mention/m2 a parley:Mention ; prov:wasQuotedFrom id:article/a1 ; parley:hedged true ;
  parley:attribution "an Iranian official" ; oa:hasTarget <https://w3id.org/parley/id/mention/m2/target> .
<https://w3id.org/parley/id/mention/m2/target> oa:hasSource id:article/a1 ;
  oa:hasSelector <https://w3id.org/parley/id/mention/m2/quote>, <https://w3id.org/parley/id/mention/m2/position> .
<https://w3id.org/parley/id/mention/m2/quote> a oa:TextQuoteSelector ; oa:exact "Iran reportedly demanded sanctions relief." .
<https://w3id.org/parley/id/mention/m2/position> a oa:TextPositionSelector ; oa:start 20 ; oa:end 62 .

id:mention/m3 a parley:Mention ; prov:wasQuotedFrom id:article/a0 ; oa:hasTarget <https://w3id.org/parley/id/mention/m3/target> .
<https://w3id.org/parley/id/mention/m3/target> oa:hasSource id:article/a0 ;
  oa:hasSelector <https://w3id.org/parley/id/mention/m3/quote>, <https://w3id.org/parley/id/mention/m3/position> .
<https://w3id.org/parley/id/mention/m3/quote> a oa:TextQuoteSelector ; oa:exact "Iran demands the lifting of sanctions." .
<https://w3id.org/parley/id/mention/m3/position> a oa:TextPositionSelector ; oa:start 900 ; oa:end 938 .

id:article/a1 a parley:Article ; parley:fileName "b_muscat.txt" ; schema:headline "Talks resume in Muscat" .
id:article/a0 a parley:Article ; parley:fileName "a_oman.txt" ; schema:headline "Oman hosts indirect talks" .
`;

const ID = 'https://w3id.org/parley/id/';

/** Turtle forbids `/` in prefixed names, so the test graph writes `id:party/Iran` and this expands it. */
function parse(turtle: string) {
  return new Parser().parse(turtle.replace(/\bid:([\w/]+)/g, `<${ID}$1>`));
}

function load(turtle: string): ViewerData {
  return getViewerData(new Store(parse(turtle)));
}

describe('getViewerData', () => {
  const data = load(TURTLE);
  const node = (key: string) => data.nodes.find((n) => n.id === ID + key);

  it('gives one node per entity and topic, sorted by IRI', () => {
    expect(data.nodes).toHaveLength(11);
    expect(data.nodes.map((n) => n.id)).toEqual([...data.nodes.map((n) => n.id)].sort());
  });

  it.each([
    ['party/Iran', 'Party', ID + 'party/Iran', false],
    ['person/Leila_Karimi', 'Person', ID + 'party/Iran', false],
    ['delegation/Iranian_delegation', 'Delegation', ID + 'party/Iran', false],
    ['office/Deputy_Foreign_Minister', 'Office', ID + 'party/Iran', false],
    ['topic/sanctions_relief', 'Topic', null, true],
    ['topic/enrichment_cap', 'Topic', ID + 'party/United_States', false],
    ['topic/prisoner_exchange', 'Topic', ID + 'party/Oman', false],
    ['talks/Muscat_talks', 'Talks', null, false],
    ['place/Muscat', 'Place', null, false],
  ])('%s is a %s of party %s (shared: %s)', (key, type, party, shared) => {
    expect(node(key)).toMatchObject({ type, party, shared });
  });

  it('labels nodes and their parties, with sorted aliases and roles', () => {
    expect(node('party/United_States')).toMatchObject({ label: 'United States', partyLabel: 'United States', aliases: ['US', 'Washington'] });
    expect(node('person/Leila_Karimi')).toMatchObject({ partyLabel: 'Iran', roles: ['Deputy Foreign Minister'], claimCount: 2 });
    expect(node('topic/sanctions_relief')?.claimCount).toBe(2);
  });

  it('gives one edge per claim with its stance and confidence', () => {
    expect(data.edges.map((e) => [e.id.slice(ID.length), e.predicate, e.stance])).toEqual([
      ['claim/c1', 'demands', 'demands'],
      ['claim/c2', 'rejects', 'rejects'],
      ['claim/c3', 'demands', 'demands'],
      ['claim/c4', 'leads', null],
      ['claim/c5', 'heldIn', null],
      ['claim/c6', 'role', null],
    ]);
    expect(data.edges[0]).toMatchObject({ source: ID + 'party/Iran', target: ID + 'topic/sanctions_relief', confidence: 0.94, articleCount: 2 });
  });

  it('keeps every supporting quote, sorted by article and offset, with its title', () => {
    expect(data.edges[0]?.quotes).toEqual([
      { quote: 'Iran demands the lifting of sanctions.', article: 'a_oman.txt', title: 'Oman hosts indirect talks', attribution: null, hedged: false, inferredBy: null },
      { quote: 'Iran reportedly demanded sanctions relief.', article: 'b_muscat.txt', title: 'Talks resume in Muscat', attribution: 'an Iranian official', hedged: true, inferredBy: null },
      { quote: 'Tehran wants sanctions lifted first.', article: 'b_muscat.txt', title: 'Talks resume in Muscat', attribution: null, hedged: false, inferredBy: null },
    ]);
  });

  it('lists parties by label and articles by file name with their claim counts', () => {
    expect(data.parties.map((p) => p.label)).toEqual(['Iran', 'Oman', 'United States']);
    expect(data.articles).toEqual([
      { id: ID + 'article/a0', file: 'a_oman.txt', title: 'Oman hosts indirect talks', claimCount: 1 },
      { id: ID + 'article/a1', file: 'b_muscat.txt', title: 'Talks resume in Muscat', claimCount: 1 },
    ]);
    expect(data.stances).toEqual(['demands', 'rejects', 'proposes', 'agrees']);
  });

  it('is deterministic whatever the order of the triples', () => {
    const reversed = parse(TURTLE).reverse();
    expect(getViewerData(new Store(reversed))).toEqual(data);
  });

  it('gives no edge for a claim whose object is not an entity of the graph', () => {
    const extra = `${TURTLE}
      id:claim/c9 a parley:Claim ; rdf:subject id:party/Iran ; rdf:predicate parley:agrees ; rdf:object id:topic/unknown .`;
    expect(load(extra).edges.map((e) => e.id)).not.toContain(ID + 'claim/c9');
  });

  it('gives empty lists for an empty store', () => {
    expect(load('')).toMatchObject({ nodes: [], edges: [], parties: [], articles: [] });
  });
});

describe('getViewerData on the sample knowledge graph written as Turtle', () => {
  it('gives one node per entity and one edge per claim, labels kept as text', () => {
    const data = getViewerData(readTurtle(writeTurtle(toQuads(sampleKnowledgeGraph))));
    expect(data.nodes).toHaveLength(sampleKnowledgeGraph.entities.length);
    expect(data.edges).toHaveLength(sampleKnowledgeGraph.claims.length);
    expect(data.nodes.map((n) => n.label)).toContain(HOSTILE_HTML_LABEL);
    const quotes = data.edges.reduce((sum, edge) => sum + edge.quotes.length, 0);
    expect(quotes).toBe(sampleKnowledgeGraph.claims.reduce((sum, claim) => sum + claim.sources.length, 0));
  });

  it('marks the claim no article states with its rule, and the quotes that only name a subject', () => {
    const data = getViewerData(readTurtle(writeTurtle(toQuads(sampleKnowledgeGraph))));
    const label = (id: string) => data.nodes.find((node) => node.id === id)?.label;
    const inferred = data.edges.filter((edge) => edge.inferredBy.length > 0);
    expect(inferred.map((edge) => [label(edge.source), edge.predicate, label(edge.target), edge.inferredBy])).toEqual([
      ['Nadia Farahani', 'memberOf', 'Iran', ['memberOf.resolved-side']],
    ]);
    const karimi = data.edges.find((edge) => label(edge.source) === 'Dariush Karimi' && edge.predicate === 'memberOf')!;
    expect(karimi.inferredBy).toEqual([]);
    expect(karimi.quotes.map((quote) => [quote.article, quote.inferredBy])).toEqual([
      ['muscat-follow-up.txt', 'memberOf.resolved-side'],
      ['muscat-round-one.txt', null],
    ]);
  });
});
