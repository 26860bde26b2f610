// `parley sparql <query|file.rq> [--graph FILE] [--format table|json|csv] [--bind name=IRI] [--timeout SECONDS] [--limit N]`: runs a read-only SPARQL query in the embedded engine.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ParleyError, UsageError } from '../errors.js';
import { bindParameters, DEFAULT_SPARQL_OPTIONS, formatSparqlAnswer, runSparql, SPARQL_FORMATS, SparqlTimeoutError, type SparqlFormat } from '../query/sparql.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, type CommandFactory } from './io.js';
import { parseSeconds } from './parse-seconds.js';

interface SparqlCommandOptions {
  graph: string;
  format: SparqlFormat;
  bind: Record<string, string>;
  /** Milliseconds. */
  timeout: number;
  limit?: number;
}

/** A positive whole number of rows. */
function parseLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/u.test(value) || !Number.isSafeInteger(limit) || limit <= 0) throw new InvalidArgumentError('Expecting a positive whole number of rows.');
  return limit;
}

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
    .addOption(
      new Option('-t, --timeout <seconds>', 'stop the query after this many seconds')
        .argParser(parseSeconds)
        .default(DEFAULT_SPARQL_OPTIONS.timeoutMs, String(DEFAULT_SPARQL_OPTIONS.timeoutMs / 1000)),
    )
    .option('-l, --limit <n>', 'print at most this many rows (or triples)', parseLimit)
    .action(async (argument: string, options: SparqlCommandOptions) => {
      const query = bindParameters(await readQuery(argument, io.cwd), options.bind);
      const path = resolve(io.cwd, options.graph);
      const { readGraphText } = await import('../rdf/graph-file.js');
      const answer = await runSparql(await readGraphText(path), query, { timeoutMs: options.timeout, limit: options.limit, path }).catch((error: unknown) => {
        throw error instanceof SparqlTimeoutError ? new ParleyError(`${error.message} (use --timeout to allow longer, or --limit)`, { cause: error }) : error;
      });
      io.stdout(formatSparqlAnswer(answer, options.format));
      if (answer.kind !== 'ask' && answer.truncated === true) {
        io.stderr(`parley: sparql: showing the first ${options.limit} ${answer.kind === 'select' ? 'rows' : 'triples'}; --limit ${options.limit} cut the rest\n`);
      }
      setExit(EXIT_OK);
    });
