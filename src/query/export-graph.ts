// Exports a graph for other tools: N-Triples, flattened JSON-LD, GEXF for Gephi, and the viewer's data for a static host.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { Writer, type Quad, type Store, type Term } from 'n3';
import { getViewerData, type ViewerData } from './viewer-data.js';
import { compactIri, PREFIXES, RDF_TERMS, XSD_TERMS } from '../rdf/namespaces.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** The export formats. */
export type ExportFormat = 'nt' | 'jsonld' | 'gexf' | 'viewer';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['nt', 'jsonld', 'gexf', 'viewer'];

/** The graph in `format`, deterministic for the same graph: the same triples always give the same bytes. */
export function exportGraph(store: Store, format: ExportFormat): string {
  switch (format) {
    case 'nt':
      return toNTriples(store.getQuads(null, null, null, null));
    case 'jsonld':
      return toJsonLd(store.getQuads(null, null, null, null));
    case 'gexf':
      return toGexf(getViewerData(store));
    case 'viewer':
      return viewerJson(getViewerData(store));
  }
}

/** The viewer's data.json: what `parley view` serves, and what a static copy of viewer/dist reads beside index.html. */
export function viewerJson(data: ViewerData): string {
  return JSON.stringify(data);
}


/** N-Triples, one line per distinct triple, lines sorted (so by subject, then predicate, then object). */
export function toNTriples(quads: Iterable<Quad>): string {
  const writer = new Writer({ format: 'N-Triples' });
  const lines = new Set<string>();
  for (const quad of quads) lines.add(writer.quadToString(quad.subject, quad.predicate, quad.object));
  return [...lines].sort(compareCodeUnits).join('');
}

/** A JSON-LD value object or node reference. */
type JsonLdValue = { '@id': string } | { '@value': string; '@type'?: string; '@language'?: string };

function jsonLdValue(term: Term): JsonLdValue {
  if (term.termType !== 'Literal') return { '@id': term.termType === 'BlankNode' ? `_:${term.value}` : compactIri(term.value) };
  if (term.language !== '') return { '@value': term.value, '@language': term.language };
  // Lexical forms stay strings with their datatype, so that 0.940 or 007 would come back unchanged.
  if (term.datatype.value === XSD_TERMS.string) return { '@value': term.value };
  return { '@value': term.value, '@type': compactIri(term.datatype.value) };
}

/**
 * Flattened JSON-LD 1.1: one node object per subject in `@graph`, the prefixes of namespaces.ts as `@context`,
 * IRIs compacted with them, rdf:type as `@type`. Subjects, properties and values are sorted.
 */
export function toJsonLd(quads: Iterable<Quad>): string {
  const nodes = new Map<string, Map<string, Map<string, JsonLdValue>>>();
  for (const quad of quads) {
    const subject = jsonLdValue(quad.subject);
    const id = '@id' in subject ? subject['@id'] : '';
    const properties = nodes.get(id) ?? new Map<string, Map<string, JsonLdValue>>();
    nodes.set(id, properties);
    const isType = quad.predicate.value === RDF_TERMS.type && quad.object.termType === 'NamedNode';
    const key = isType ? '@type' : compactIri(quad.predicate.value);
    const values = properties.get(key) ?? new Map<string, JsonLdValue>();
    properties.set(key, values);
    const value = jsonLdValue(quad.object);
    values.set(JSON.stringify(value), value);
  }
  const graph = [...nodes.keys()].sort(compareCodeUnits).map((id) => {
    const node: Record<string, unknown> = { '@id': id };
    const properties = nodes.get(id)!;
    const types = properties.get('@type');
    if (types !== undefined) node['@type'] = [...types.values()].map((value) => ('@id' in value ? value['@id'] : value['@value'])).sort(compareCodeUnits);
    for (const key of [...properties.keys()].filter((name) => name !== '@type').sort(compareCodeUnits)) {
      const values = properties.get(key)!;
      node[key] = [...values.keys()].sort(compareCodeUnits).map((text) => values.get(text));
    }
    return node;
  });
  return `${JSON.stringify({ '@context': { ...PREFIXES }, '@graph': graph }, null, 2)}\n`;
}

/**
 * GEXF 1.3 for Gephi: the viewer's nodes (entities and topics) and edges (one per claim, keyed by the claim IRI),
 * so Gephi shows the same graph as the viewer. Node attributes: type, party, claim count; edge attributes:
 * predicate, stance, article count, with the confidence as weight.
 */
export function toGexf(data: ViewerData): string {
  const graph = new MultiDirectedGraph();
  for (const node of data.nodes) {
    graph.addNode(node.id, { label: node.label, type: node.type, party: node.partyLabel ?? '', claimCount: node.claimCount });
  }
  for (const edge of data.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edge.predicate,
      predicate: edge.predicate,
      stance: edge.stance ?? '',
      articleCount: edge.articleCount,
      weight: edge.confidence,
    });
  }
  return writeGexf(graph, { version: '1.3', pretty: true });
}
