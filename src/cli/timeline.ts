// `parley timeline [PARTY] [--topic TEXT] [--by topic|issue] [--json] [--graph FILE]`: each side's stance on each topic
// (or issue), round by round.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Timeline, TimelineChange, TimelineGrouping } from '../query/timeline.js';
import { DEFAULT_GRAPH_PATH, escapeControlCharacters, EXIT_OK, quoteForTerminal, type CommandFactory } from './io.js';

/** The groupings of `--by`, written here so that `parley --help` loads no query module; getTimeline checks them too. */
const GROUPINGS = ['topic', 'issue'] as const satisfies readonly TimelineGrouping[];

/** How each change reads in the text output. */
const CHANGE_TEXT: Readonly<Record<TimelineChange['kind'], (change: TimelineChange) => string>> = {
  'proposal-agreed': () => 'proposal became agreement',
  'rejection-accepted': () => 'rejection became acceptance',
  'demand-agreed': () => 'demand became agreement',
  'demand-dropped': () => 'demand dropped',
  'stance-changed': (change) => `${change.from} became ${change.to ?? 'nothing'}`,
};

/**
 * A timeline as text: party, then topic, then one line per step with the stances stated there and the changes from the
 * step before in brackets: `    Lisbon talks (second round, 2 June 2025): agrees  [proposal became agreement]`.
 */
export function formatTimeline(timeline: Timeline): string {
  // Labels come from articles: a line break inside one must not start a line of its own.
  const line = (text: string) => escapeControlCharacters(text, false);
  const lines: string[] = [];
  let party: string | undefined;
  for (const thread of timeline.threads) {
    if (thread.party.iri !== party) {
      party = thread.party.iri;
      lines.push(`${lines.length ? '\n' : ''}${line(thread.party.label)}`);
    }
    lines.push(`  ${line(thread.topic.label)}`);
    for (const entry of thread.entries) {
      // By issue, the topics each stance is about: "agrees (six-month ceasefire)".
      const about = entry.topics && entry.stances.length > 0 ? ` (${entry.topics.map((topic) => topic.label).join('; ')})` : '';
      const stances = entry.stances.length > 0 ? `${entry.stances.join(', ')}${about}` : 'no longer states it';
      const changes = entry.changes.length > 0 ? `  [${entry.changes.map((change) => CHANGE_TEXT[change.kind](change)).join('; ')}]` : '';
      lines.push(`    ${line(entry.step.label)}: ${stances}${changes}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : 'no stances\n';
}

export const timelineCommand: CommandFactory = (io, setExit) =>
  new Command('timeline')
    .description("Show each side's stance on each topic round by round, with the changes marked, read from the Turtle graph.")
    .argument('[party]', 'party name, alias or IRI (e.g. "Iran", "Tehran")')
    .option('-t, --topic <text>', 'only topics (or issues) whose label contains this text')
    .addOption(new Option('--by <grouping>', 'follow each topic, or each issue with the topics under it').choices(GROUPINGS).default('topic'))
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .option('--json', 'print JSON')
    .action(async (party: string | undefined, options: { topic?: string; by: TimelineGrouping; graph: string; json?: boolean }) => {
      const [{ readGraphFile }, { getTimeline }, { UnknownPartyError }] = await Promise.all([
        import('../rdf/graph-file.js'),
        import('../query/timeline.js'),
        import('../query/positions.js'),
      ]);
      const store = await readGraphFile(resolve(io.cwd, options.graph));
      let timeline: Timeline;
      try {
        timeline = getTimeline(store, { party, topic: options.topic, by: options.by });
      } catch (error) {
        // Name the graph file the user gave when the party they typed is not in it.
        if (error instanceof UnknownPartyError) throw new UnknownPartyError(error.party, error.parties, quoteForTerminal(options.graph), 'timeline');
        throw error;
      }
      io.stdout(options.json ? `${JSON.stringify(timeline, null, 2)}\n` : formatTimeline(timeline));
      setExit(EXIT_OK);
    });
