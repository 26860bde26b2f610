// `parley export --format nt|jsonld|gexf|viewer [--graph FILE] [--out FILE]`: N-Triples, JSON-LD, GEXF for Gephi, or the viewer's data.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../query/export-graph.js';
import { count } from './describe-counts.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, quoteForTerminal, type CommandFactory } from './io.js';

/** How the confirmation names each format, and whether the file holds the triples themselves (else nodes and edges drawn from them). */
const FORMATS: Readonly<Record<ExportFormat, { name: string; triples: boolean }>> = {
  nt: { name: 'N-Triples', triples: true },
  jsonld: { name: 'JSON-LD', triples: true },
  gexf: { name: 'GEXF', triples: false },
  viewer: { name: "the viewer's data", triples: false },
};

export const exportCommand: CommandFactory = (io, setExit) =>
  new Command('export')
    .description("Write the graph as N-Triples, JSON-LD, GEXF (for Gephi) or the viewer's data.json, to a file or to stdout.")
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .option('-o, --out <file>', 'file to write (replaced atomically); stdout when absent')
    .action(async (options: { format: ExportFormat; graph: string; out?: string }) => {
      const [{ exportGraph }, { readGraphFile, writeGraphFile }] = await Promise.all([import('../query/export-graph.js'), import('../rdf/graph-file.js')]);
      const store = await readGraphFile(resolve(io.cwd, options.graph));
      const text = exportGraph(store, options.format);
      if (options.out === undefined) io.stdout(text);
      else {
        await writeGraphFile(resolve(io.cwd, options.out), text);
        const { name, triples } = FORMATS[options.format];
        const what = triples ? `${count(store.size, 'triple')} to ${quoteForTerminal(options.out)} (${name})` : `${quoteForTerminal(options.out)} (${name}, from ${count(store.size, 'triple')})`;
        io.stdout(`parley: wrote ${what}\n`);
      }
      setExit(EXIT_OK);
    });
