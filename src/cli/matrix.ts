// `parley matrix [--graph FILE] [--json|--csv]`: where the sides stand, issue by issue, with sticking points, common ground, open items and contested claims.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { MatrixClaim, MatrixQuote, MatrixStanding, NegotiationMatrix, PositionsMatrix } from '../query/matrix.js';
import { STANCES, type Stance } from '../types.js';
import { DEFAULT_GRAPH_PATH, escapeControlCharacters, EXIT_OK, type CommandFactory } from './io.js';

/** The letter of each stance in a cell: "D2 R1" is two demands and one rejection. */
const STANCE_LETTERS: Readonly<Record<Stance, string>> = { demands: 'D', rejects: 'R', proposes: 'P', agrees: 'A' };

/** Labels and quotes come from articles: a line break inside one must not start a line of its own. */
const line = (text: string): string => escapeControlCharacters(text, false);

function padded(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** Sides as columns, issues as rows, each cell the stance letters with their claim counts. */
function formatGrid(matrix: NegotiationMatrix): string[] {
  const header = ['issue', ...matrix.sides.map((s) => line(s.label))];
  const rows = matrix.issues.map((issue) => [
    line(issue.label),
    ...matrix.sides.map((side) => {
      const cell = matrix.cells.find((c) => c.issue.iri === issue.iri && c.side.iri === side.iri);
      return cell ? cell.stances.map((s) => `${STANCE_LETTERS[s.stance]}${s.claims}`).join(' ') : '·';
    }),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => [...row[column]!].length)));
  const format = (row: readonly string[]) => row.map((cell, column) => padded(cell, widths[column]!)).join('  ').trimEnd();
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)];
}

function formatQuote(quote: MatrixQuote): string {
  const where = [quote.article, quote.outlet, quote.date].filter((x): x is string => x !== undefined).map(line).join(', ');
  return `"${line(quote.quote)}" (${where})`;
}

/** A claim and its first quote; the JSON output has them all. */
function formatClaim(claim: MatrixClaim, indent: string): string[] {
  const holder = claim.holder.iri === claim.side.iri ? '' : ` [${line(claim.holder.label)}]`;
  const flag = claim.contested ? ' (contested)' : '';
  const [first, ...rest] = claim.quotes;
  const more = rest.length ? ` (+${rest.length} more)` : '';
  return [
    `${indent}${line(claim.side.label)}${holder} ${claim.stance} "${line(claim.topic.label)}"${flag}`,
    ...(first ? [`${indent}  ${formatQuote(first)}${more}`] : []),
  ];
}

function formatStandings(title: string, standings: readonly MatrixStanding[]): string[] {
  if (standings.length === 0) return [];
  return [
    '',
    `${title}:`,
    ...standings.flatMap((s) => [
      `  - ${line(s.about.label)} (${s.about.kind === 'issue' ? 'issue' : `topic, ${line(s.issue.label)}`})`,
      ...s.claims.flatMap((c) => formatClaim(c, '      ')),
    ]),
  ];
}

/** One negotiation as text: its sides, the grid, then sticking points, common ground, open items and contested claims. */
function formatNegotiation(matrix: NegotiationMatrix): string {
  const others = matrix.sides.filter((s) => !matrix.table.some((t) => t.iri === s.iri));
  const title = `${matrix.table.map((s) => line(s.label)).join(' – ')}${others.length ? ` (also: ${others.map((s) => line(s.label)).join(', ')})` : ''}`;
  const contested = matrix.contested.length
    ? [
        '',
        'Contested claims:',
        ...matrix.contested.flatMap(([a, b]) => [`  - ${line(a.side.label)} on "${line(a.topic.label)}"`, ...formatClaim(a, '      '), ...formatClaim(b, '      ')]),
      ]
    : [];
  return [
    title,
    '',
    ...formatGrid(matrix),
    ...formatStandings('Sticking points', matrix.stickingPoints),
    ...formatStandings('Common ground', matrix.commonGround),
    ...formatStandings('Open items', matrix.openItems),
    ...contested,
  ].join('\n');
}

/** The matrix as text for a terminal, negotiation after negotiation, with a legend of the stance letters. */
export function formatMatrix(matrix: PositionsMatrix): string {
  if (matrix.negotiations.length === 0) return 'no negotiation: no two parties take stances in the same articles\n';
  const legend = `cells: ${STANCES.map((s) => `${STANCE_LETTERS[s]} ${s}`).join(', ')} (number of claims); · no stance`;
  return `${[legend, ...matrix.negotiations.map(formatNegotiation)].join('\n\n')}\n`;
}

/** One CSV row per negotiation, issue, side and stance, with its claim count, topics, outlets and latest date. */
export async function matrixCsv(matrix: PositionsMatrix): Promise<string> {
  const { csvLine } = await import('../query/csv-line.js');
  const rows = [csvLine(['negotiation', 'issue', 'side', 'stance', 'claims', 'topics', 'outlets', 'latest'])];
  for (const negotiation of matrix.negotiations) {
    const name = negotiation.table.map((s) => s.label).join(' – ');
    for (const cell of negotiation.cells) {
      for (const stance of cell.stances) {
        const topics = [...new Set(cell.claims.filter((c) => c.stance === stance.stance).map((c) => c.topic.label))];
        rows.push(csvLine([name, cell.issue.label, cell.side.label, stance.stance, String(stance.claims), topics.join('; '), stance.outlets.join('; '), stance.latest ?? '']));
      }
    }
  }
  return rows.join('');
}

export const matrixCommand: CommandFactory = (io, setExit) =>
  new Command('matrix')
    .description('Show where the sides stand: sides × issues, sticking points, common ground, open items and contested claims.')
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV, one row per negotiation, issue, side and stance')
    .action(async (options: { graph: string; json?: boolean; csv?: boolean }) => {
      if (options.json && options.csv) throw new UsageError('matrix: --json and --csv cannot be used together. Expecting one of them.');
      const [{ readGraphFile }, { getMatrix }] = await Promise.all([import('../rdf/graph-file.js'), import('../query/matrix.js')]);
      const matrix = getMatrix(await readGraphFile(resolve(io.cwd, options.graph)));
      io.stdout(options.json ? `${JSON.stringify(matrix, null, 2)}\n` : options.csv ? await matrixCsv(matrix) : formatMatrix(matrix));
      setExit(EXIT_OK);
    });
