import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { Parser, Store } from 'n3';
import oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { getViewerData, type ViewerData } from '../../src/query/viewer-data.js';
import { readTurtle } from '../../src/rdf/turtle.js';
import { exportGraph, toJsonLd, toNTriples } from '../../src/query/export-graph.js';
import { PARLEY } from '../../src/rdf/namespaces.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { HOSTILE_HTML_LABEL, HOSTILE_TEXT_LABEL, sampleKnowledgeGraph, writeSampleGraph } from '../fixtures/knowledge-graph.js';

function captureIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), interactive: false, cwd, out, err };
}

/** The triples of a store as sorted N-Quads lines, the form in which two graphs without blank nodes are compared. */
function canonical(store: oxigraph.Store): string[] {
  return store.dump({ format: 'application/n-quads' }).split('\n').filter((line) => line !== '').sort();
}

function oxigraphOf(text: string, format: string): oxigraph.Store {
  const store = new oxigraph.Store();
  store.load(text, { format });
  return store;
}

const quads = toQuads(sampleKnowledgeGraph);
const store = new Store(quads);
const expected = canonical(new oxigraph.Store(quads.map((quad) => oxigraph.fromQuad(quad) as oxigraph.Quad)));

describe('toNTriples', () => {
  it('holds exactly the triples of the graph', () => {
    const text = toNTriples(quads);
    expect(new Store(new Parser({ format: 'N-Triples' }).parse(text)).size).toBe(store.size);
    expect(canonical(oxigraphOf(text, 'application/n-triples'))).toEqual(expected);
  });

  it('writes sorted lines, the same bytes for the same triples in any order', () => {
    const text = toNTriples(quads);
    const lines = text.trimEnd().split('\n');
    expect(lines).toEqual([...lines].sort());
    expect(toNTriples([...quads].reverse())).toBe(text);
  });
});

describe('toJsonLd', () => {
  it('reads back, in a JSON-LD 1.1 parser, as exactly the triples of the graph', () => {
    expect(canonical(oxigraphOf(toJsonLd(quads), 'application/ld+json'))).toEqual(expected);
  });

  it('keeps hostile labels intact', () => {
    const labels = (JSON.parse(toJsonLd(quads)) as { '@graph': Record<string, unknown>[] })['@graph'].flatMap(
      (node) => (node['rdfs:label'] as { '@value': string }[] | undefined)?.map((value) => value['@value']) ?? [],
    );
    expect(labels).toContain(HOSTILE_HTML_LABEL);
    expect(labels).toContain(HOSTILE_TEXT_LABEL.toWellFormed());
  });

  it('is flattened and sorted: one node object per subject, in IRI order, with compact IRIs', () => {
    const document = JSON.parse(toJsonLd(quads)) as { '@context': Record<string, string>; '@graph': { '@id': string; '@type'?: string[] }[] };
    const ids = document['@graph'].map((node) => node['@id']);
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(document['@context'].parley).toBe(PARLEY);
    expect(document['@graph'].find((node) => node['@id'] === 'id:party/Oman')?.['@type']).toEqual(['parley:Party']);
    expect(toJsonLd([...quads].reverse())).toBe(toJsonLd(quads));
  });
});

describe('exportGraph gexf', () => {
  it("opens in graphology-gexf's parser with the viewer's nodes and edges", () => {
    const data = getViewerData(store);
    const graph = parseGexf(MultiDirectedGraph, exportGraph(store, 'gexf'));
    expect(graph.order).toBe(data.nodes.length);
    expect(graph.size).toBe(data.edges.length);
    expect(data.edges.length).toBeGreaterThan(10);
    for (const edge of data.edges) {
      expect(graph.source(edge.id)).toBe(edge.source);
      expect(graph.target(edge.id)).toBe(edge.target);
      expect(graph.getEdgeAttribute(edge.id, 'label')).toBe(edge.predicate);
    }
    const labels = graph.mapNodes((_node, attributes) => attributes.label as string);
    expect(labels).toContain(HOSTILE_HTML_LABEL);
  });
});

describe('parley export', () => {
  let dir: string;
  let graphPath: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-export-'));
    graphPath = await writeSampleGraph(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['nt', 'application/n-triples'],
    ['jsonld', 'application/ld+json'],
  ])('writes --format %s to --out', async (format, mediaType) => {
    const out = join(dir, `graph.${format}`);
    expect(await main(['export', '--format', format, '--graph', graphPath, '--out', out], captureIo(dir))).toBe(0);
    expect(canonical(oxigraphOf(await readFile(out, 'utf8'), mediaType))).toEqual(expected);
  });

  it('writes GEXF to stdout when no --out is given', async () => {
    const io = captureIo(dir);
    expect(await main(['export', '--format', 'gexf', '--graph', 'sample.ttl'], io)).toBe(0);
    expect(parseGexf(MultiDirectedGraph, io.out.join('')).size).toBe(getViewerData(store).edges.length);
  });

  it.each([[['export', '--graph', 'sample.ttl']], [['export', '--format', 'rdfxml', '--graph', 'sample.ttl']], [['export', '--format', 'nt', '--graph', 'missing.ttl']]])(
    'exits 2 on a usage error: %j',
    async (argv) => {
      expect(await main(argv, captureIo(dir))).toBe(2);
    },
  );
});

describe('export --format viewer', () => {
  it("writes the viewer's data that `parley view` serves, for a static copy of viewer/dist", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-viewer-json-'));
    const graph = await writeSampleGraph(dir);
    const out = join(dir, 'data.json');
    const io = captureIo(dir);
    expect(await main(['export', '--format', 'viewer', '--graph', graph, '--out', out], io), io.err.join('')).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8')) as ViewerData;
    const expected = getViewerData(readTurtle(await readFile(graph, 'utf8')));
    expect(written).toEqual(expected);
    expect(written.nodes.length).toBeGreaterThan(0);
    await rm(dir, { recursive: true });
  });
});
