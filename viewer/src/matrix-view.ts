// The positions matrix beside the graph: sides as columns, issues as rows, cells coloured by stance; a click on a cell
// shows its claims and quotes, always set as text.
import type { MatrixCell, MatrixClaim, MatrixQuote, NegotiationMatrix, PositionsMatrix } from '../../src/query/matrix.js';
import { STANCES, type Stance } from '../../src/types.js';
import { el } from './dom.js';
import type { ViewerSettings } from './settings.js';

/** The letter of each stance in a cell, as `parley matrix` prints it. */
const STANCE_LETTERS: Readonly<Record<Stance, string>> = { demands: 'D', rejects: 'R', proposes: 'P', agrees: 'A' };

/** The stance of most claims in a cell, the first in STANCES on a tie: the cell's colour. */
export function dominantStance(cell: Pick<MatrixCell, 'stances'>): Stance | null {
  let best: { stance: Stance; claims: number } | null = null;
  for (const stance of STANCES) {
    const claims = cell.stances.find((s) => s.stance === stance)?.claims ?? 0;
    if (claims > (best?.claims ?? 0)) best = { stance, claims };
  }
  return best?.stance ?? null;
}

/** The IRIs of the topics that are sticking points of any negotiation, which the graph highlights. */
export function stickingTopics(matrix: PositionsMatrix): Set<string> {
  return new Set(matrix.negotiations.flatMap((n) => n.stickingPoints.filter((s) => s.about.kind === 'topic').map((s) => s.about.iri)));
}

function quoteItem(doc: Document, quote: MatrixQuote): HTMLElement {
  const where = [quote.article, quote.outlet, quote.date].filter((x): x is string => x !== undefined).join(', ');
  return el(doc, 'li', { className: 'matrix-quote', attrs: { 'data-article': quote.article } }, [el(doc, 'q', { text: quote.quote }), el(doc, 'span', { className: 'matrix-source', text: ` (${where})` })]);
}

function claimItem(doc: Document, claim: MatrixClaim): HTMLElement {
  const holder = claim.holder.iri === claim.side.iri ? '' : ` [${claim.holder.label}]`;
  return el(doc, 'li', { className: `matrix-claim stance-${claim.stance}` }, [
    el(doc, 'span', { text: `${claim.side.label}${holder} ${claim.stance} “${claim.topic.label}”${claim.contested ? ' (contested)' : ''}` }),
    el(doc, 'ul', {}, claim.quotes.map((q) => quoteItem(doc, q))),
  ]);
}

function negotiationTable(doc: Document, negotiation: NegotiationMatrix, settings: ViewerSettings, show: (cell: MatrixCell) => void): HTMLElement {
  const header = el(doc, 'tr', {}, [el(doc, 'th', { text: 'Issue' }), ...negotiation.sides.map((side) => el(doc, 'th', { text: side.label, attrs: { scope: 'col' } }))]);
  const rows = negotiation.issues.map((issue) =>
    el(doc, 'tr', {}, [
      el(doc, 'th', { text: issue.label, attrs: { scope: 'row' } }),
      ...negotiation.sides.map((side) => {
        const cell = negotiation.cells.find((c) => c.issue.iri === issue.iri && c.side.iri === side.iri);
        if (cell === undefined) return el(doc, 'td', { className: 'matrix-empty', text: '·' });
        const stance = dominantStance(cell);
        const button = el(doc, 'button', {
          className: `matrix-cell${stance ? ` stance-${stance}` : ''}`,
          text: cell.stances.map((s) => `${STANCE_LETTERS[s.stance]}${s.claims}`).join(' '),
          attrs: { type: 'button', 'data-side': side.label, 'data-issue': issue.label, title: `${side.label} on ${issue.label}` },
        });
        if (stance) button.style.background = settings.stanceColors[stance];
        button.addEventListener('click', () => show(cell));
        return el(doc, 'td', {}, [button]);
      }),
    ]),
  );
  const sticking = negotiation.stickingPoints.map((s) => s.about.label);
  return el(doc, 'section', { className: 'matrix-negotiation' }, [
    el(doc, 'h3', { text: negotiation.table.map((s) => s.label).join(' – ') }),
    el(doc, 'table', { className: 'matrix-table' }, [el(doc, 'thead', {}, [header]), el(doc, 'tbody', {}, rows)]),
    sticking.length ? el(doc, 'p', { className: 'matrix-sticking', text: `Sticking points: ${sticking.join('; ')}` }) : null,
  ]);
}

/**
 * The matrix view of every negotiation, with a details area that shows the claims and quotes of the cell clicked.
 * Returns null when the graph holds no negotiation.
 */
export function matrixView(doc: Document, matrix: PositionsMatrix, settings: ViewerSettings): HTMLElement | null {
  if (matrix.negotiations.length === 0) return null;
  const details = el(doc, 'div', { className: 'matrix-details', attrs: { 'aria-live': 'polite' } }, [
    el(doc, 'p', { className: 'matrix-hint', text: 'Click a cell to see its claims and quotes.' }),
  ]);
  const show = (cell: MatrixCell) => {
    details.replaceChildren(el(doc, 'h4', { text: `${cell.side.label} on ${cell.issue.label}` }), el(doc, 'ul', {}, cell.claims.map((c) => claimItem(doc, c))));
  };
  const legend = el(doc, 'p', { className: 'matrix-legend', text: STANCES.map((s) => `${STANCE_LETTERS[s]} ${s}`).join(' · ') });
  return el(doc, 'details', { className: 'matrix-view', attrs: { open: '' } }, [
    el(doc, 'summary', { text: 'Where the sides stand' }),
    legend,
    ...matrix.negotiations.map((n) => negotiationTable(doc, n, settings, show)),
    details,
  ]);
}
