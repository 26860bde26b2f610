// Colours of nodes by party and of edges by stance, derived from the settings.
import type { ViewerEdge, ViewerNode, ViewerParty } from '../../src/query/viewer-data.js';
import type { ViewerSettings } from './settings.js';

/** The colour of each party: the palette in the order of `parties` (sorted by label), repeating when it runs out. */
export function partyColors(parties: readonly ViewerParty[], settings: ViewerSettings): Map<string, string> {
  return new Map(parties.map((party, index) => [party.id, settings.partyPalette[index % settings.partyPalette.length]!]));
}

/** A node's colour: its party's, the shared colour for a topic several parties hold, else the neutral colour. */
export function nodeColor(node: Pick<ViewerNode, 'party' | 'shared'>, colors: ReadonlyMap<string, string>, settings: ViewerSettings): string {
  if (node.shared) return settings.sharedColor;
  return (node.party === null ? undefined : colors.get(node.party)) ?? settings.neutralColor;
}

/**
 * An edge's colour: the contested colour for a claim another contradicts, the inferred colour for a claim no article
 * states, else its stance's, or the relation colour for leads, role, memberOf, heldIn and mediates.
 */
export function edgeColor(edge: Pick<ViewerEdge, 'stance' | 'inferredBy'> & Partial<Pick<ViewerEdge, 'contested'>>, settings: ViewerSettings): string {
  if (edge.contested === true) return settings.contestedColor;
  if (edge.inferredBy.length > 0) return settings.inferredColor;
  return edge.stance === null ? settings.relationColor : settings.stanceColors[edge.stance];
}
