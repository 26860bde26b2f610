// `parley positions [PARTY] [--stance S] [--graph FILE] [--json]`: what each party demands, rejects, proposes and agreed to.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Position } from '../query/positions.js';
import { STANCES, type Stance } from '../types.js';
import { DEFAULT_GRAPH_PATH, escapeControlCharacters, EXIT_OK, quoteForTerminal, type CommandFactory } from './io.js';

/**
 * Positions as text: party, then stance, then topic with confidence, support, the rules of what the resolver inferred
 * ("inferred: memberOf.resolved-side"), "contested" when another claim contradicts it, and the first quote with its outlet (else its file)
 * and date, each on its line.
 */
export function formatPositions(positions: readonly Position[]): string {
  // Labels and quotes come from articles: a line break inside one must not start a line of its own.
  const line = (text: string) => escapeControlCharacters(text, false);
  const lines: string[] = [];
  let party: string | undefined;
  let stance: string | undefined;
  for (const p of positions) {
    if (p.party.label !== party) {
      party = p.party.label;
      stance = undefined;
      lines.push(`${lines.length ? '\n' : ''}${line(party)}`);
    }
    if (p.stance !== stance) {
      stance = p.stance;
      lines.push(`  ${stance}`);
    }
    const holder = p.holder.iri === p.party.iri ? '' : ` [${line(p.holder.label)}]`;
    const support = supportText(p.articleCount, p.outletCount);
    const inferred = p.inferredBy.length ? `, inferred: ${p.inferredBy.map(line).join(', ')}` : '';
    const contested = p.contested ? ', contested' : '';
    lines.push(`    - ${line(p.topic.label)}${holder} (confidence ${p.confidence.toFixed(2)}, ${support}${inferred}${contested})`);
    const first = p.sources[0];
    if (first) lines.push(`        "${line(first.quote)}" (${line([first.outlet ?? first.article, first.published].filter(Boolean).join(', '))})`);
  }
  return lines.length ? `${lines.join('\n')}\n` : 'no positions\n';
}

/** "3 articles", or "3 articles from 2 outlets" when an outlet gave more than one of them. */
export function supportText(articles: number, outlets: number): string {
  const text = `${articles} article${articles === 1 ? '' : 's'}`;
  return outlets < articles ? `${text} from ${outlets} outlet${outlets === 1 ? '' : 's'}` : text;
}

/** Runs `query`, naming the graph file the user gave when the party they typed is not in it. */
async function withGraphNamed<T>(graph: string, query: () => T): Promise<T> {
  try {
    return query();
  } catch (error) {
    const { UnknownPartyError } = await import('../query/positions.js');
    if (error instanceof UnknownPartyError) throw new UnknownPartyError(error.party, error.parties, quoteForTerminal(graph));
    throw error;
  }
}

export const positionsCommand: CommandFactory = (io, setExit) =>
  new Command('positions')
    .description('List the positions of one party or of every party, read from the Turtle graph.')
    .argument('[party]', 'party name, alias or IRI (e.g. "Iran", "Tehran")')
    .addOption(new Option('-s, --stance <stance>', 'only this stance').choices([...STANCES]))
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .option('--json', 'print JSON')
    .action(async (party: string | undefined, options: { stance?: Stance; graph: string; json?: boolean }) => {
      const [{ readGraphFile }, { getPositions }] = await Promise.all([import('../rdf/graph-file.js'), import('../query/positions.js')]);
      const store = await readGraphFile(resolve(io.cwd, options.graph));
      const positions = await withGraphNamed(options.graph, () => getPositions(store, { party, stance: options.stance }));
      io.stdout(options.json ? `${JSON.stringify(positions, null, 2)}\n` : formatPositions(positions));
      setExit(EXIT_OK);
    });
