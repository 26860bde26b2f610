// Look-ups over the viewer data that the panel, the search and the debug handle share.
import type { ViewerData, ViewerEdge, ViewerNode } from '../../src/query/viewer-data.js';

/** Nodes and edges by IRI, and the claims each node takes part in. */
export interface ViewerIndex {
  readonly data: ViewerData;
  readonly nodes: ReadonlyMap<string, ViewerNode>;
  readonly edges: ReadonlyMap<string, ViewerEdge>;
  /** Claims whose subject or object is the node, in edge order. */
  readonly edgesOf: ReadonlyMap<string, readonly ViewerEdge[]>;
}

/** Indexes the viewer data once. */
export function indexViewerData(data: ViewerData): ViewerIndex {
  const edgesOf = new Map<string, ViewerEdge[]>(data.nodes.map((node) => [node.id, []]));
  for (const edge of data.edges) {
    edgesOf.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) edgesOf.get(edge.target)?.push(edge);
  }
  return {
    data,
    nodes: new Map(data.nodes.map((node) => [node.id, node])),
    edges: new Map(data.edges.map((edge) => [edge.id, edge])),
    edgesOf,
  };
}

/** Labels of the parties whose members take a stance on a (shared) node, sorted. */
export function holderPartyLabels(index: ViewerIndex, node: string): string[] {
  const labels = new Set<string>();
  for (const edge of index.edgesOf.get(node) ?? []) {
    if (edge.target !== node) continue;
    const holder = index.nodes.get(edge.source);
    if (holder?.partyLabel != null) labels.add(holder.partyLabel);
  }
  return [...labels].sort();
}
