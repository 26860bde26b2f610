// `parley export --format nt|jsonld|gexf|viewer [--graph FILE] [--out FILE]`: N-Triples, JSON-LD, GEXF for Gephi, or the viewer's data.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../query/export-graph.js';
import { readGraphFile, writeGraphFile } from '../rdf/graph-file.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, type CommandFactory } from './io.js';

export const exportCommand: CommandFactory = (io, setExit) =>
  new Command('export')
    .description("Write the graph as N-Triples, JSON-LD, GEXF (for Gephi) or the viewer's data.json, to a file or to stdout.")
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .option('-o, --out <file>', 'file to write (replaced atomically); stdout when absent')
    .action(async (options: { format: ExportFormat; graph: string; out?: string }) => {
      const text = exportGraph(await readGraphFile(resolve(io.cwd, options.graph)), options.format);
      if (options.out === undefined) io.stdout(text);
      else await writeGraphFile(resolve(io.cwd, options.out), text);
      setExit(EXIT_OK);
    });
