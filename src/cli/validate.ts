// `parley validate [--graph FILE]`: checks a graph against the SHACL shapes of ontology/shapes.ttl; exit 1 lists the violations.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { count } from './describe-counts.js';
import { DEFAULT_GRAPH_PATH, EXIT_FAILURE, EXIT_OK, quoteForTerminal, type CommandFactory } from './io.js';

export const validateCommand: CommandFactory = (io, setExit) =>
  new Command('validate')
    .description("Check the graph against Parley's SHACL shapes (ontology/shapes.ttl).")
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .action(async (options: { graph: string }) => {
      const [{ readGraphFile }, { formatViolation, validateGraph }] = await Promise.all([import('../rdf/graph-file.js'), import('../rdf/validate-graph.js')]);
      const store = await readGraphFile(resolve(io.cwd, options.graph));
      const report = await validateGraph(store);
      if (report.conforms) {
        io.stdout(`parley: ${quoteForTerminal(options.graph)} conforms to the shapes (${count(store.size, 'triple')})\n`);
        setExit(EXIT_OK);
        return;
      }
      const violations = report.violations.length;
      io.stderr(`parley: ${quoteForTerminal(options.graph)}: ${count(violations, 'violation')} of the shapes:\n`);
      for (const violation of report.violations) io.stderr(`  ${formatViolation(violation)}\n`);
      setExit(EXIT_FAILURE);
    });
