// Tests of ontology/parley.ttl: it parses, declares every parley: term the graph uses, and aligns with common vocabularies.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLASS_OF,
  DCTERMS,
  FOAF,
  OA,
  OWL,
  OWL_TERMS,
  PARLEY,
  PARLEY_TERMS,
  predicateIri,
  PROV,
  RDF_TERMS,
  RDFS_TERMS,
  SCHEMA,
} from '../../src/rdf/namespaces.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { STANCE_CODES } from '../../src/rdf/stance-codes.js';
import { PREDICATES, STANCES } from '../../src/types.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';
import { parleyTermProblems, readOntology } from './check-ontology.js';

const { namedNode, literal, quad } = DataFactory;
const ONTOLOGY = 'https://w3id.org/parley/ontology';

let ontology: Store;
let graph: Store;
let dir: string;
beforeAll(async () => {
  ontology = await readOntology();
  dir = await mkdtemp(join(tmpdir(), 'parley-ontology-'));
  graph = await readGraphFile(await writeSampleGraph(dir));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function objects(subject: string, predicate: string): string[] {
  return ontology.getObjects(namedNode(subject), namedNode(predicate), null).map((t) => t.value);
}

describe('ontology/parley.ttl', () => {
  it('declares every parley: term the sample graph uses, with a label and a comment', () => {
    expect(graph.size).toBeGreaterThan(0);
    expect(parleyTermProblems(graph, ontology)).toEqual([]);
  });

  it('flags an undeclared term and a term used as the wrong kind', () => {
    const bad = new Store([
      quad(namedNode('https://example.org/x'), namedNode(`${PARLEY}undeclared`), literal('1')),
      quad(namedNode('https://example.org/x'), namedNode(RDF_TERMS.type), namedNode(PARLEY_TERMS.confidence)),
    ]);
    expect(parleyTermProblems(bad, ontology)).toEqual([
      `${PARLEY}confidence: used as a class but not declared as one`,
      `${PARLEY}undeclared: not declared`,
    ]);
  });

  it('declares every class, predicate and term Parley writes, not only those of the sample', () => {
    const used = new Store([
      ...Object.values(CLASS_OF).map((cls) => quad(namedNode('https://example.org/x'), namedNode(RDF_TERMS.type), namedNode(cls))),
      ...PREDICATES.map((p) => quad(namedNode('https://example.org/x'), namedNode(predicateIri(p)), namedNode('https://example.org/y'))),
      ...Object.values(PARLEY_TERMS).map((term) =>
        /^[A-Z]/.test(term.slice(PARLEY.length))
          ? quad(namedNode('https://example.org/x'), namedNode(RDF_TERMS.type), namedNode(term))
          : quad(namedNode('https://example.org/x'), namedNode(term), literal('v')),
      ),
    ]);
    expect(parleyTermProblems(used, ontology)).toEqual([]);
  });

  it('gives every parley: term of the ontology an English label and comment', () => {
    const terms = new Set(
      ontology
        .getSubjects(null, null, null)
        .map((t) => t.value)
        .filter((iri) => iri.startsWith(PARLEY)),
    );
    expect(terms.size).toBeGreaterThanOrEqual(11 + 9 + 11);
    for (const term of terms) {
      for (const predicate of [RDFS_TERMS.label, RDFS_TERMS.comment]) {
        const texts = ontology.getObjects(namedNode(term), namedNode(predicate), null);
        expect(texts.some((t) => t.termType === 'Literal' && t.language === 'en'), `${term} ${predicate}`).toBe(true);
      }
    }
  });

  it('has a header with a version, label, comment and licence', () => {
    expect(objects(ONTOLOGY, RDF_TERMS.type)).toEqual([OWL_TERMS.Ontology]);
    for (const predicate of [`${OWL}versionInfo`, RDFS_TERMS.label, RDFS_TERMS.comment, `${DCTERMS}license`]) {
      expect(objects(ONTOLOGY, predicate), predicate).toHaveLength(1);
    }
  });

  it.each([
    ['Person', [`${SCHEMA}Person`, `${FOAF}Person`]],
    ['Delegation', [`${SCHEMA}Organization`, `${FOAF}Organization`]],
    ['Organization', [`${SCHEMA}Organization`, `${FOAF}Organization`]],
    ['Place', [`${SCHEMA}Place`]],
    ['Talks', [`${SCHEMA}Event`]],
    ['Claim', [RDF_TERMS.Statement, `${PROV}Entity`]],
    ['Mention', [`${OA}Annotation`, `${PROV}Entity`]],
    ['Article', [`${SCHEMA}NewsArticle`, `${PROV}Entity`]],
  ])('aligns parley:%s with common vocabularies', (local, parents) => {
    const superclasses = objects(`${PARLEY}${local}`, RDFS_TERMS.subClassOf);
    for (const parent of parents) expect(superclasses).toContain(parent);
  });

  it.each(STANCES.map((stance) => [stance, STANCE_CODES[stance].cameo, STANCE_CODES[stance].plover]))(
    'states the codes of parley:%s (CAMEO %s, PLOVER %s) and makes it a stance',
    (stance, cameo, plover) => {
      const iri = predicateIri(stance);
      expect(objects(iri, PARLEY_TERMS.cameoCode)).toEqual([cameo]);
      expect(objects(iri, PARLEY_TERMS.ploverCode)).toEqual([plover]);
      expect(objects(iri, RDFS_TERMS.subPropertyOf)).toEqual([PARLEY_TERMS.stance]);
    },
  );

  it('uses the namespace of namespaces.ts and no blank nodes', async () => {
    const text = await readFile(new URL('../../ontology/parley.ttl', import.meta.url), 'utf8');
    expect(text).toContain(`@prefix parley: <${PARLEY}>.`);
    expect(ontology.getQuads(null, null, null, null).some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
  });
});
