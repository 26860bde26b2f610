// `parley sparql <query|file.rq> [--graph FILE] [--format table|json|csv] [--bind name=IRI]`: runs a SPARQL query in the embedded engine.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { bindParameters, createSparqlStore, formatSparqlAnswer, runSparql, SPARQL_FORMATS, type SparqlFormat } from '../query/sparql.js';
import { readGraphFile } from '../rdf/graph-file.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, type CommandFactory } from './io.js';

/** Collects repeated `--bind name=IRI` options into one record. */
function collectBinding(value: string, previous: Record<string, string>): Record<string, string> {
  const equals = value.indexOf('=');
  if (equals <= 0) throw new InvalidArgumentError('Expecting name=IRI, e.g. party=id:party/Oman.');
  return { ...previous, [value.slice(0, equals)]: value.slice(equals + 1) };
}

/** The query text: the file the argument names when it exists, else the argument itself. */
async function readQuery(argument: string, cwd: string): Promise<string> {
  const path = resolve(cwd, argument);
  if (existsSync(path)) return readFile(path, 'utf8');
  if (/\.(?:rq|sparql)$/iu.test(argument)) throw new UsageError(`${argument}: no such query file.`);
  return argument;
}

export const sparqlCommand: CommandFactory = (io, setExit) =>
  new Command('sparql')
    .description('Run a SPARQL 1.1 query on the graph in the embedded engine (examples in ontology/queries/).')
    .argument('<query>', 'query text, or a .rq file such as ontology/queries/positions-of-party.rq')
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .addOption(new Option('-f, --format <format>', 'how to print the answer').choices(SPARQL_FORMATS).default('table'))
    .option('-b, --bind <name=IRI>', 'bind a parameter of the query, e.g. party=id:party/Oman (repeatable)', collectBinding, {})
    .action(async (argument: string, options: { graph: string; format: SparqlFormat; bind: Record<string, string> }) => {
      const query = bindParameters(await readQuery(argument, io.cwd), options.bind);
      const store = createSparqlStore(await readGraphFile(resolve(io.cwd, options.graph)));
      io.stdout(formatSparqlAnswer(runSparql(store, query), options.format));
      setExit(EXIT_OK);
    });
