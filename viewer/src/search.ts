// Finds nodes whose label or alias matches what the user types, best matches first.
import type { ViewerNode } from '../../src/query/viewer-data.js';

/** A search suggestion: the node and the text that matched (its label, or the alias that matched). */
export interface Suggestion {
  readonly id: string;
  readonly label: string;
  readonly matched: string;
}

/** Lower case without diacritics, so that "solis" finds "Solís". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** How well `name` matches `query` (both folded): 0 exact, 1 a word starts with it, 2 contains it, undefined no match. */
function rank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.split(/[\s\-_/]+/u).some((word) => word.startsWith(query)) || name.startsWith(query)) return 1;
  return name.includes(query) ? 2 : undefined;
}

/**
 * Up to `limit` nodes matching `query`, ranked by: exact label, a label word starting with the query ("Karimi"
 * finds "Dariush Karimi"), label containing it, then the same for aliases; ties by label and IRI.
 */
export function searchNodes(nodes: readonly Pick<ViewerNode, 'id' | 'label' | 'aliases'>[], query: string, limit: number): Suggestion[] {
  const folded = foldText(query);
  if (folded === '') return [];
  const hits: (Suggestion & { score: number })[] = [];
  for (const node of nodes) {
    const byLabel = rank(foldText(node.label), folded);
    if (byLabel !== undefined) {
      hits.push({ id: node.id, label: node.label, matched: node.label, score: byLabel });
      continue;
    }
    const alias = node.aliases
      .map((name) => ({ name, score: rank(foldText(name), folded) }))
      .filter((hit): hit is { name: string; score: number } => hit.score !== undefined)
      .sort((a, b) => a.score - b.score)[0];
    if (alias !== undefined) hits.push({ id: node.id, label: node.label, matched: alias.name, score: 3 + alias.score });
  }
  return hits
    .sort((a, b) => a.score - b.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map(({ score: _score, ...suggestion }) => suggestion);
}
