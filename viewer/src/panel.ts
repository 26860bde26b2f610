// The side panel: what a clicked node or claim is, and every quote behind a claim, written with textContent only.
import type { ViewerEdge, ViewerNode, ViewerQuote } from '../../src/query/viewer-data.js';
import { el } from './dom.js';
import { NODE_STYLES } from './node-styles.js';
import { holderPartyLabels, type ViewerIndex } from './viewer-index.js';
import { timelineSection } from './timeline-panel.js';

/** What the panel's links do. */
export interface PanelActions {
  readonly selectNode: (id: string) => void;
  readonly selectEdge: (id: string) => void;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function facts(doc: Document, rows: readonly (readonly [string, string])[]): HTMLDListElement {
  return el(
    doc,
    'dl',
    { className: 'facts' },
    rows.flatMap(([term, value]) => [el(doc, 'dt', { text: term }), el(doc, 'dd', { text: value })]),
  );
}

/**
 * One supporting quote: the sentence, then the article's title, outlet, date and file, who said it when the article
 * says, and the rule that inferred the claim when the sentence only names its subject.
 */
export function quoteItem(doc: Document, quote: ViewerQuote): HTMLLIElement {
  const notes = [quote.title, ...[quote.outlet, quote.published].filter((note) => note !== undefined), quote.article];
  if (quote.attribution !== null) notes.push(`according to ${quote.attribution}`);
  if (quote.hedged) notes.push('hedged');
  if (quote.inferredBy !== null) notes.push(`names the subject only; the rest inferred by ${quote.inferredBy}`);
  return el(doc, 'li', { className: 'quote', attrs: { 'data-article': quote.article } }, [
    el(doc, 'blockquote', { className: 'quote-text', text: quote.quote }),
    el(doc, 'p', { className: 'quote-source', text: notes.join(' · ') }),
  ]);
}

function claimTitle(index: ViewerIndex, edge: ViewerEdge): string {
  const label = (id: string) => index.nodes.get(id)?.label ?? id;
  return `${label(edge.source)} ${edge.predicate} ${label(edge.target)}`;
}

function nodeLink(doc: Document, node: ViewerNode | undefined, id: string, actions: PanelActions): HTMLButtonElement {
  const button = el(doc, 'button', { className: 'link', text: node?.label ?? id, attrs: { type: 'button', 'data-node': id } });
  button.addEventListener('click', () => actions.selectNode(id));
  return button;
}

/** The panel body for a node: type, party, roles, aliases, its timeline round by round, then each of its claims with its quotes. */
export function nodePanel(doc: Document, index: ViewerIndex, node: ViewerNode, actions: PanelActions): HTMLElement {
  const party = node.shared
    ? `shared: ${holderPartyLabels(index, node.id).join(', ')}`
    : (node.partyLabel ?? 'none');
  const rows: [string, string][] = [
    ['Type', NODE_STYLES[node.type].name],
    ['Party', party],
  ];
  if (node.roles.length > 0) rows.push(['Role', node.roles.join(', ')]);
  if (node.aliases.length > 0) rows.push(['Also called', node.aliases.join(', ')]);
  rows.push(['Claims', String(node.claimCount)]);
  const claims = (index.edgesOf.get(node.id) ?? []).map((edge) => {
    const link = el(doc, 'button', { className: 'link', text: claimTitle(index, edge), attrs: { type: 'button', 'data-edge': edge.id } });
    link.addEventListener('click', () => actions.selectEdge(edge.id));
    return el(doc, 'li', { className: 'claim' }, [
      link,
      el(doc, 'p', { className: 'claim-support', text: `${plural(edge.articleCount, 'article')}, ${plural(edge.quotes.length, 'quote')}` }),
      el(doc, 'ul', { className: 'quotes' }, edge.quotes.map((quote) => quoteItem(doc, quote))),
    ]);
  });
  const timeline = timelineSection(doc, index, node, actions);
  return el(doc, 'article', { className: 'details', attrs: { 'data-kind': 'node', 'data-id': node.id } }, [
    el(doc, 'h2', { text: node.label }),
    facts(doc, rows),
    ...(timeline === null ? [] : [timeline]),
    el(doc, 'h3', { text: claims.length === 0 ? 'No claims' : `Claims (${claims.length})` }),
    el(doc, 'ul', { className: 'claims' }, claims),
  ]);
}

/**
 * The panel body for a claim: its ends, relation, stance, confidence, the number of distinct articles, whether articles
 * state it or the resolver inferred it (and by which rule), every quote.
 */
export function edgePanel(doc: Document, index: ViewerIndex, edge: ViewerEdge, actions: PanelActions): HTMLElement {
  const ends = el(doc, 'p', { className: 'ends' }, [
    nodeLink(doc, index.nodes.get(edge.source), edge.source, actions),
    el(doc, 'span', { className: 'relation', text: ` ${edge.predicate} ` }),
    nodeLink(doc, index.nodes.get(edge.target), edge.target, actions),
  ]);
  return el(doc, 'article', { className: 'details', attrs: { 'data-kind': 'edge', 'data-id': edge.id, 'data-article-count': String(edge.articleCount) } }, [
    el(doc, 'h2', { text: claimTitle(index, edge) }),
    ends,
    facts(doc, [
      ['Relation', edge.predicate],
      ['Stance', edge.stance ?? 'none (not a stance)'],
      ['Confidence', `${Math.round(edge.confidence * 100)}%`],
      ['Supported by', `${plural(edge.articleCount, 'distinct article')} from ${plural(edge.outletCount, 'outlet')}`],
      ['Source', edge.inferredBy.length > 0 ? `inferred by ${edge.inferredBy.join(', ')}: no article states it` : 'stated in the articles'],
    ]),
    el(doc, 'h3', { text: `Quotes (${edge.quotes.length})` }),
    el(doc, 'ul', { className: 'quotes' }, edge.quotes.map((quote) => quoteItem(doc, quote))),
  ]);
}

/** The panel body when nothing is selected. */
export function emptyPanel(doc: Document, index: ViewerIndex): HTMLElement {
  const { nodes, edges, articles } = index.data;
  return el(doc, 'article', { className: 'details', attrs: { 'data-kind': 'none' } }, [
    el(doc, 'h2', { text: 'Negotiating positions' }),
    el(doc, 'p', {
      text: `${plural(nodes.length, 'node')}, ${plural(edges.length, 'claim')} from ${plural(articles.length, 'article')}. Click a node or a claim to see the sentences behind it.`,
    }),
  ]);
}
