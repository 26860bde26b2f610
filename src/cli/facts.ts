// `parley facts [--graph FILE] --json [--out FILE]`: the facts export of the evaluation contract, read from the Turtle graph.
import { resolve } from 'node:path';
import { Command } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { readGraphFile } from '../rdf/graph-file.js';
import { exportFacts } from '../query/facts.js';
import { UsageError } from '../errors.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, type CommandFactory } from './io.js';

export const factsCommand: CommandFactory = (io, setExit) =>
  new Command('facts')
    .description('Export entities and facts with their sources as JSON, read from the Turtle graph.')
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .option('--json', 'JSON output (the only format)')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (options: { graph: string; json?: boolean; out?: string }) => {
      if (!options.json) throw new UsageError('parley facts: the facts export is JSON. Expecting --json.');
      const facts = exportFacts(await readGraphFile(resolve(io.cwd, options.graph)));
      const json = `${JSON.stringify(facts, null, 2)}\n`;
      if (options.out) {
        await writeFileAtomic(resolve(io.cwd, options.out), json);
        io.stdout(`${options.out}: ${facts.entities.length} entities, ${facts.facts.length} facts\n`);
      } else io.stdout(json);
      setExit(EXIT_OK);
    });
