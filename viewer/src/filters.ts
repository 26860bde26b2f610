// Which nodes and edges the filters (party, stance, article) leave visible, computed from the viewer data alone.
import type { ViewerData } from '../../src/query/viewer-data.js';
import type { Stance } from '../../src/types.js';

/** The filters a user has set. An empty value means "no filter". */
export interface ViewFilters {
  /** IRI of the party whose side is shown, or null for every party. */
  readonly party: string | null;
  /** Stances whose edges are shown; other relations are always shown. */
  readonly stances: readonly Stance[];
  /** File name of the article whose claims are shown, or null for every article. */
  readonly article: string | null;
  /** IRI of the round of talks whose claims are shown, or null for every round. */
  readonly round: string | null;
}

/** What the filters leave visible. */
export interface Visibility {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** Filters that hide nothing. */
export function noFilters(data: Pick<ViewerData, 'stances'>): ViewFilters {
  return { party: null, stances: [...data.stances], article: null, round: null };
}

/** True when the filters hide nothing. */
export function isUnfiltered(filters: ViewFilters, data: Pick<ViewerData, 'stances'>): boolean {
  return filters.party === null && filters.article === null && filters.round === null && data.stances.every((stance) => filters.stances.includes(stance));
}

/**
 * The visible nodes and edges.
 * - Party P: P's side (P, its people and delegations, topics only P holds) and the claims made from that side
 *   towards nodes of no other party ("show Iran's positions"); shared topics P takes a stance on stay.
 * - Stances: stance edges of other stances are hidden; nodes stay unless another filter removes them.
 * - Article: only claims that article supports, and their ends.
 * - Round: only claims stated at that round of talks, and their ends.
 * An edge is visible only when both its ends are.
 */
export function computeVisibility(data: ViewerData, filters: ViewFilters): Visibility {
  const partyOf = new Map(data.nodes.map((node) => [node.id, node.party]));
  const stances = new Set(filters.stances);
  const side = filters.party === null ? null : new Set(data.nodes.filter((node) => node.party === filters.party).map((node) => node.id));

  const kept = data.edges.filter((edge) => {
    if (edge.stance !== null && !stances.has(edge.stance)) return false;
    if (filters.article !== null && !edge.quotes.some((quote) => quote.article === filters.article)) return false;
    if (filters.round !== null && !edge.rounds.includes(filters.round)) return false;
    if (side !== null) {
      const targetParty = partyOf.get(edge.target) ?? null;
      if (!side.has(edge.source) || (targetParty !== null && targetParty !== filters.party)) return false;
    }
    return true;
  });

  let nodes: Set<string>;
  const byClaims = filters.article !== null || filters.round !== null;
  if (!byClaims && side === null) {
    nodes = new Set(partyOf.keys());
  } else {
    nodes = new Set(byClaims ? [] : side);
    for (const edge of kept) {
      nodes.add(edge.source);
      nodes.add(edge.target);
    }
  }
  const edges = new Set(kept.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).map((edge) => edge.id));
  return { nodes, edges };
}
