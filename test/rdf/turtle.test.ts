// Tests of writeTurtle and readTurtle: round trip, determinism, safe IRIs from hostile labels, syntax errors with their line.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Writer, type Literal, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { GraphReadError } from '../../src/errors.js';
import { CLASS_OF, entityIri, entityKey, PARLEY_ID, PREFIXES, RDF, RDF_TERMS, RDFS_TERMS, SKOS_TERMS } from '../../src/rdf/namespaces.js';
import { forEachQuadPart, toQuads } from '../../src/rdf/to-quads.js';
import { DEFAULT_TURTLE_WRITER_OPTIONS, readTurtle, TurtleWriter, writeTurtle } from '../../src/rdf/turtle.js';
import { heapAfterCollection } from '../helpers/heap.js';
import { seededRandom } from '../../viewer/src/create-graph.js';
import type { Entity, KnowledgeGraph } from '../../src/types.js';
import { HOSTILE_HTML_LABEL, HOSTILE_TEXT_LABEL, sampleKnowledgeGraph as graph } from '../fixtures/knowledge-graph.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

/** The distinct N-Triples lines of quads, sorted: a set to compare graphs by. */
function tripleSet(quads: Iterable<Quad>): string[] {
  const writer = new Writer({ format: 'N-Triples' });
  return [...new Set([...quads].map((q) => writer.quadToString(q.subject, q.predicate, q.object)))].sort();
}

/** A literal from another RDF/JS factory: n3's own factory would fold a malformed tag into the value. */
function foreignLiteral(value: string, language: string): Literal {
  const datatype = namedNode(`${RDF}langString`);
  return { termType: 'Literal', value, language, direction: '', datatype, equals: () => false } as unknown as Literal;
}

/** A seeded shuffle (mulberry32), so that the test sees the same order on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('writeTurtle and readTurtle', () => {
  const quads = toQuads(graph);
  const turtle = writeTurtle(quads);

  it('round-trips: the Turtle reads back as the same set of triples', () => {
    const store = readTurtle(turtle);
    expect(tripleSet(store.getQuads(null, null, null, null))).toEqual(tripleSet(quads));
    expect(store.size).toBe(tripleSet(quads).length);
  });

  it('is byte-identical when written twice', () => {
    expect(writeTurtle(toQuads(graph))).toBe(turtle);
  });

  it.each([1, 2, 3])('is byte-identical for a shuffled graph and shuffled quads (seed %i)', (seed) => {
    const reordered: KnowledgeGraph = {
      articles: shuffled(graph.articles, seed),
      entities: shuffled(graph.entities, seed + 10),
      claims: shuffled(graph.claims, seed + 20),
    };
    expect(writeTurtle(shuffled(toQuads(reordered), seed + 30))).toBe(turtle);
  });

  it('starts with the fixed prefixes, uses \\n line ends and no blank nodes', () => {
    const prefixLines = Object.entries(PREFIXES).map(([prefix, iri]) => `@prefix ${prefix}: <${iri}>.`);
    expect(turtle.split('\n').slice(0, prefixLines.length)).toEqual(prefixLines);
    expect(turtle).not.toContain('\r');
    expect(turtle).not.toMatch(/_:/);
    expect(turtle.endsWith('.\n')).toBe(true);
  });

  it('groups each subject in one statement, in sorted order', () => {
    const subjects = turtle
      .split('\n')
      .filter((line) => line.startsWith('<'))
      .map((line) => line.slice(0, line.indexOf('>') + 1));
    expect(subjects).toEqual([...new Set(subjects)].sort());
    expect(new Set(subjects).size).toBe(new Set(quads.map((q) => q.subject.value)).size);
  });

  it('orders subjects as their N-Triples lines sort when one IRI begins another or needs escapes', () => {
    const p = namedNode('http://example.org/p');
    const tails = ['a', 'a/b', 'a-b', 'ab', 'a0', 'a\u007f', 'a\u007fb', 'a\u00e9', 'a.b', 'a~', 'a\u00ff', 'a\u0100', 'a\u4e2d', 'a\uff5e', 'a\u{1f600}'];
    // In a namespace of PREFIXES too, where one IRI is kept under a longer namespace than another it begins.
    const parley = ['mention', 'mention/', 'mention/a', 'mention/a/target', 'mention0', 'mentions/x', 'claim/\u00e9'].map((tail) => `${PARLEY_ID}${tail}`);
    const iris = [...tails.map((tail) => `http://example.org/${tail}`), ...parley].map((iri) => namedNode(iri));
    const quads = shuffled(iris, 3).map((subject) => quad(subject, p, literal('x')));
    const lines = new Writer({ format: 'N-Triples' });
    const expected = [...quads].sort((a, b) => {
      const [x, y] = [a, b].map((q) => lines.quadToString(q.subject, q.predicate, q.object));
      return x! < y! ? -1 : x! > y! ? 1 : 0;
    });
    // A statement's first line: `id:mention` is written as a prefixed name.
    const first = (line: string): boolean => line !== '' && !line.startsWith(' ') && !line.startsWith('@');
    const blocks = writeTurtle(quads).split('\n').filter(first);
    expect(blocks).toEqual(expected.map((q) => writeTurtle([q]).split('\n').find(first)));
  });

  it('writes a language-tagged literal', () => {
    const tagged = quad(namedNode('http://example.org/s'), namedNode('http://example.org/p'), literal('Maskat', 'de-CH'));
    const [read] = readTurtle(writeTurtle([tagged])).getQuads(null, null, null, null);
    expect(read?.object).toMatchObject({ value: 'Maskat', language: 'de-ch' });
  });

  it('ends a statement whose last object is a bare integer with " .", which Virtuoso 7 reads', () => {
    const subject = namedNode('https://w3id.org/parley/id/claim/c1');
    const count = namedNode('https://w3id.org/parley/ontology#articleCount');
    const integer = (value: string) => literal(value, namedNode('http://www.w3.org/2001/XMLSchema#integer'));
    const text = writeTurtle([quad(subject, count, integer('12')), quad(namedNode('https://w3id.org/parley/id/claim/c2'), count, integer('-3'))]);
    expect(text).toContain('parley:articleCount 12 .\n');
    expect(text).toContain('parley:articleCount -3 .\n');
    expect(text).not.toMatch(/\d\.\n/);
    expect(tripleSet(readTurtle(text).getQuads(null, null, null, null))).toHaveLength(2);
  });

  it('is byte-identical written part by part, with subjects whose triples come in several parts', () => {
    const writer = new TurtleWriter();
    forEachQuadPart(graph, (part) => writer.add(part));
    // Each quad again, alone: every subject then gets a triple it already has in a later part.
    for (const quad of shuffled(quads, 7)) writer.add([quad]);
    expect(Buffer.concat([...writer.chunks()]).toString('utf8')).toBe(turtle);
  });

  // Buffers of a few hundred bytes: most blocks are read back from the file, some are longer than a buffer.
  it.each([64, 512, 4096])('is byte-identical kept in a file in buffers of %i bytes, and leaves no file', async (bufferBytes) => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-turtle-test-'));
    try {
      const writer = new TurtleWriter({ spill: join(dir, 'graph.ttl'), bufferBytes });
      expect(await readdir(dir)).toEqual([]);
      forEachQuadPart(graph, (part) => writer.add(part));
      for (const quad of shuffled(quads, 7)) writer.add([quad]);
      expect(Buffer.concat([...writer.chunks()]).toString('utf8')).toBe(turtle);
      writer.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes a graph longer than one of its buffers whole, as the part-by-part writer does', () => {
    // 20,000 subjects of a 1,000-character literal each: about 20 MB of Turtle, past the 16 MiB of one buffer.
    const p = namedNode('http://example.org/p');
    const long = literal('x'.repeat(1000));
    const big = Array.from({ length: 20_000 }, (_, n) => quad(namedNode(`${PARLEY_ID}claim/c${n}`), p, long));
    const whole = writeTurtle(big);
    const writer = new TurtleWriter();
    writer.add(big);
    expect(whole.length).toBeGreaterThan(DEFAULT_TURTLE_WRITER_OPTIONS.bufferBytes);
    expect(whole).toBe(Buffer.concat([...writer.chunks()]).toString('utf8'));
  });

  it('keeps its subjects outside the JavaScript heap', () => {
    // A graph of ten thousand articles has about 1.4 million subjects: as strings they took 115 MB of the heap.
    const p = namedNode('http://example.org/p');
    const o = literal('x');
    const subjects = 100_000;
    const writer = new TurtleWriter();
    writer.add([quad(namedNode(`${PARLEY_ID}mention/first`), p, o)]);
    const before = heapAfterCollection();
    for (let at = 0; at < subjects; at += 1000) {
      writer.add(Array.from({ length: 1000 }, (_, i) => quad(namedNode(`${PARLEY_ID}mention/${(at + i).toString(16).padStart(16, '0')}`), p, o)));
    }
    const perSubject = (heapAfterCollection() - before) / subjects;
    expect(perSubject).toBeLessThan(16);
    const turtle = Buffer.concat([...writer.chunks()]).toString('utf8');
    expect(turtle.split('\n').filter((line) => line.startsWith('<'))).toHaveLength(subjects + 1);
  });

  it('drops duplicate quads', () => {
    expect(writeTurtle([...quads, ...quads])).toBe(turtle);
  });

  it.each([
    ['a blank subject', quad(blankNode('b0'), namedNode('http://example.org/p'), literal('x'))],
    ['a blank object', quad(namedNode('http://example.org/s'), namedNode('http://example.org/p'), blankNode('b1'))],
    ['an IRI with a space', quad(namedNode('http://example.org/a b'), namedNode('http://example.org/p'), literal('x'))],
    ['an IRI with angle brackets', quad(namedNode('http://example.org/s'), namedNode('http://example.org/p'), namedNode('http://e/>x<'))],
    ['a relative IRI', quad(namedNode('s'), namedNode('http://example.org/p'), literal('x'))],
    ['a language tag that would inject text', quad(namedNode('http://example.org/s'), namedNode('http://example.org/p'), foreignLiteral('x', 'en . <http://evil.example/s> <http://evil.example/p> "y'))],
    ['a named graph', quad(namedNode('http://example.org/s'), namedNode('http://example.org/p'), literal('x'), namedNode('http://example.org/g'))],
  ])('refuses %s', (_what, bad) => {
    expect(() => writeTurtle([bad])).toThrow(/^(writeTurtle|assertSafeIri):/);
  });
});

// (A bare integer at the end of a statement is the one known difference: see the test of " .".)
describe('writeTurtle writes each term as n3 writes it', () => {
  const s = namedNode('https://w3id.org/parley/id/party/x');
  const p = namedNode('http://example.org/p');
  const rawTurtle = (q: Quad): string => {
    const writer = new Writer({ prefixes: { ...PREFIXES } });
    writer.addQuad(q);
    let text = '';
    writer.end((_error, result: string) => (text = result));
    return text;
  };
  it.each([
    ['a plain literal', literal('plain text, with a comma')],
    ['a quotation mark and a backslash', literal('say "no" \\ then')],
    ['line ends and tabs', literal('a\nb\tc\r')],
    ['DEL and non-characters', literal('del \u007f end \uffff \ufffe')],
    ['a surrogate pair', literal('flag 🇮🇷 here')],
    ['a language tag', literal('Bonjour', 'fr-CA')],
    ['a typed decimal', literal('4.5', namedNode('http://www.w3.org/2001/XMLSchema#decimal'))],
    ['a date', literal('2025-05-16', namedNode('http://www.w3.org/2001/XMLSchema#date'))],
    ['a datatype of no prefix', literal('x', namedNode('http://example.org/dt'))],
    ['an IRI of a prefix', namedNode('https://w3id.org/parley/id/party/russia')],
    ['an IRI whose local name ends in a dot', namedNode('https://w3id.org/parley/id/party/x.')],
    ['an IRI of no prefix', namedNode('http://example.org/a/b#c')],
    ['an IRI written like a prefixed name', namedNode('rdf:type')],
    ['an IRI with DEL', namedNode('http://example.org/a\u007fb')],
    ['an IRI with a non-BMP letter', namedNode('http://example.org/😀')],
  ])('%s', (_what, object) => {
    const q = quad(s, p, object);
    expect(writeTurtle([q])).toBe(rawTurtle(q));
  });
});

describe('safe IRIs from hostile labels', () => {
  const hostile = [
    HOSTILE_HTML_LABEL,
    HOSTILE_TEXT_LABEL,
    'Iran> <http://evil.example/p> <http://evil.example/o',
    'x" ; <http://evil.example/p> "y',
    'a\\u003E b',
    'tab\tand\r\nCRLF and \u0000 nul',
    '   ',
    '%3E already-encoded %',
    '{curly} |pipe| ^caret^ `tick`',
    'Ｒｕｓｓｉａ 🇮🇷 \uDC00 lone low',
  ];

  it.each(hostile.map((label) => [JSON.stringify(label), label]))('writes %s without injecting a triple', (_shown, label) => {
    const entity: Entity = { key: entityKey('Party', label), type: 'Party', label, aliases: [label] };
    const quads = toQuads({ articles: [], entities: [entity], claims: [] });
    const store = readTurtle(writeTurtle(quads));
    const iri = entityIri(entity.key);
    expect(store.size).toBe(3);
    expect(store.getQuads(null, null, null, null).every((q) => q.subject.value === iri)).toBe(true);
    expect(store.getObjects(iri, RDF_TERMS.type, null).map((t) => t.value)).toEqual([CLASS_OF.Party]);
    const clean = label.toWellFormed().normalize('NFC');
    expect(store.getObjects(iri, RDFS_TERMS.label, null).map((t) => t.value)).toEqual([clean]);
    expect(store.getObjects(iri, SKOS_TERMS.altLabel, null).map((t) => t.value)).toEqual([clean]);
    expect(iri).not.toMatch(/[\s<>"{}|^`\\]/u);
  });

  it('keeps the hostile labels of the sample graph as plain text', () => {
    const store = readTurtle(writeTurtle(toQuads(graph)));
    const labels = store.getQuads(null, RDFS_TERMS.label, null, null).map((q) => q.object.value);
    expect(labels).toContain(HOSTILE_HTML_LABEL);
    expect(labels).toContain(HOSTILE_TEXT_LABEL.toWellFormed());
  });
});

describe('readTurtle errors', () => {
  it.each([
    ['a triple without an object', '@prefix ex: <http://ex.example/>.\nex:a ex:b ex:c.\nex:a ex:b .\n', 3],
    ['an unterminated string', '<http://a.example/> <http://b.example/> "open .\n', 1],
    ['an undefined prefix', '\n\nfoo:a foo:b foo:c.\n', 3],
    ['a space in an IRI', '@prefix ex: <http://ex.example/>.\n\n\n\nex:a ex:b <http://x y>.\n', 5],
    ['a missing full stop', '<http://a.example/> <http://b.example/> <http://c.example/>\n<http://d.example/> <http://e.example/> <http://f.example/>.\n', 2],
  ])('reports %s with its line', (_what, text, line) => {
    let caught: unknown;
    try {
      readTurtle(text, 'broken.ttl');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphReadError);
    expect((caught as GraphReadError).line).toBe(line);
    expect((caught as GraphReadError).path).toBe('broken.ttl');
  });
});
