// `parley push --endpoint URL [--graph FILE] [--graph-iri IRI] [--user U --password P] [--method PUT|POST]`: sends the graph to a triplestore.
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { UsageError } from '../errors.js';
import { DEFAULT_GRAPH_IRI, GRAPH_STORE_METHODS, pushGraph, resolvePushGraphOptions, type GraphStoreMethod, type PushGraphOptions } from '../rdf/graph-store-client.js';
import { readGraphFile } from '../rdf/graph-file.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, type CommandFactory } from './io.js';

/** Where the password is read from when --password is not given, so it need not appear in the process list. */
export const PASSWORD_VARIABLE = 'PARLEY_PASSWORD';

interface PushCommandOptions {
  endpoint: string;
  graph: string;
  graphIri: string;
  user?: string;
  password?: string;
  method: GraphStoreMethod;
}

/** `PUT` or `POST`, in any letter case. */
function parseMethod(value: string): GraphStoreMethod {
  const method = value.toUpperCase();
  if (!(GRAPH_STORE_METHODS as readonly string[]).includes(method)) throw new InvalidArgumentError('Expecting PUT (replace the named graph) or POST (add to it).');
  return method as GraphStoreMethod;
}

/** The library options of the command line, as a UsageError when they cannot work. */
function toPushOptions(options: PushCommandOptions): PushGraphOptions {
  const password = options.password ?? (options.user === undefined ? undefined : process.env[PASSWORD_VARIABLE]);
  try {
    return resolvePushGraphOptions({
      endpoint: options.endpoint,
      graphIri: options.graphIri,
      method: options.method,
      user: options.user,
      password,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

export const pushCommand: CommandFactory = (io, setExit) =>
  new Command('push')
    .description('Send the graph to a triplestore (SPARQL 1.1 Graph Store HTTP Protocol). PUT replaces the named graph, so pushing again is safe.')
    .requiredOption('-e, --endpoint <url>', "Graph Store endpoint, e.g. Virtuoso's http://127.0.0.1:8890/sparql-graph-crud-auth")
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .option('--graph-iri <iri>', 'name of the graph in the store', DEFAULT_GRAPH_IRI)
    .option('-u, --user <user>', 'user for Digest or Basic authentication')
    .option('-p, --password <password>', `password (default: $${PASSWORD_VARIABLE})`)
    .option('-m, --method <method>', 'PUT replaces the named graph, POST adds the triples to it', parseMethod, 'PUT' as GraphStoreMethod)
    .action(async (options: PushCommandOptions) => {
      const pushOptions = toPushOptions(options);
      const store = await readGraphFile(resolve(io.cwd, options.graph));
      const report = await pushGraph(store, pushOptions);
      io.stdout(
        `pushed ${report.triples} triples (${report.bytes} bytes) to <${report.graphIri}> at ${report.endpoint} ` +
          `with ${report.method} (HTTP ${report.status}) in ${(report.elapsedMs / 1000).toFixed(2)} s\n`,
      );
      setExit(EXIT_OK);
    });
