// The timeline of a selected node in the side panel: its stances round by round, in the order the rounds were held.
import type { ViewerEdge, ViewerNode } from '../../src/query/viewer-data.js';
import { el } from './dom.js';
import type { PanelActions } from './panel.js';
import type { ViewerIndex } from './viewer-index.js';

/**
 * For each round of talks at which the node's stances were stated (rounds in time order, those of unknown date last),
 * the round's label and a link to each of those claims; null when none of its stances is tied to a round.
 */
export function timelineSection(doc: Document, index: ViewerIndex, node: ViewerNode, actions: PanelActions): HTMLElement | null {
  const stances = (index.edgesOf.get(node.id) ?? []).filter((edge) => edge.stance !== null && edge.rounds.length > 0);
  const label = (id: string) => index.nodes.get(id)?.label ?? id;
  const rounds = index.data.rounds
    .map((round) => ({ round, claims: stances.filter((edge) => edge.rounds.includes(round.id)) }))
    .filter(({ claims }) => claims.length > 0);
  if (rounds.length === 0) return null;
  const claimLink = (edge: ViewerEdge) => {
    const link = el(doc, 'button', { className: 'link', text: `${label(edge.source)} ${edge.stance} ${label(edge.target)}`, attrs: { type: 'button', 'data-edge': edge.id } });
    link.addEventListener('click', () => actions.selectEdge(edge.id));
    return el(doc, 'li', { className: `timeline-claim stance-${edge.stance}` }, [link]);
  };
  return el(doc, 'section', { className: 'timeline' }, [
    el(doc, 'h3', { text: 'Timeline' }),
    el(
      doc,
      'ol',
      { className: 'timeline-rounds' },
      rounds.map(({ round, claims }) =>
        el(doc, 'li', { className: 'timeline-round', attrs: { 'data-round': round.id } }, [
          el(doc, 'h4', { text: round.label }),
          el(doc, 'ul', { className: 'timeline-claims' }, claims.map(claimLink)),
        ]),
      ),
    ),
  ]);
}
