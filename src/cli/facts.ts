// `parley facts [--graph FILE] [--json] [--out FILE]`: the facts export of the evaluation contract, read from the Turtle graph.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { count, describeCounts } from './describe-counts.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, quoteForTerminal, type CommandFactory } from './io.js';

export const factsCommand: CommandFactory = (io, setExit) =>
  new Command('facts')
    .description('Export entities and facts with their sources as JSON, read from the Turtle graph.')
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    // JSON is the only format; the flag stays accepted so scripts that pass it keep working.
    .option('--json', 'JSON output (the default and only format)')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (options: { graph: string; out?: string }) => {
      const [{ default: writeFileAtomic }, { readGraphFile }, { exportFacts }] = await Promise.all([import('write-file-atomic'), import('../rdf/graph-file.js'), import('../query/facts.js')]);
      const facts = exportFacts(await readGraphFile(resolve(io.cwd, options.graph)));
      const json = `${JSON.stringify(facts, null, 2)}\n`;
      if (options.out) {
        await writeFileAtomic(resolve(io.cwd, options.out), json);
        const types = describeCounts(facts.entities.map((e) => e.type));
        io.stdout(
          `parley: wrote ${quoteForTerminal(options.out)}: ${count(facts.entities.length, 'entity')} (${types ? `${types}; ` : ''}topics and offices are not entities), ` +
            `${count(facts.facts.length, 'fact')}\n`,
        );
      } else io.stdout(json);
      setExit(EXIT_OK);
    });
