// `parley push --endpoint URL [--graph FILE] [--graph-iri IRI] [--user U --password P] [--method PUT|POST] [--timeout SECONDS]`: sends the graph to a triplestore.
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ParleyError, UsageError } from '../errors.js';
import {
  DEFAULT_GRAPH_IRI,
  DEFAULT_PUSH_GRAPH_OPTIONS,
  GRAPH_STORE_METHODS,
  hasUserInfo,
  pushGraph,
  PushError,
  PushOptionError,
  resolvePushGraphOptions,
  type GraphStoreMethod,
  type PushGraphOptions,
  type PushProgress,
} from '../rdf/graph-store-client.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, type CommandFactory, type Io } from './io.js';
import { parseSeconds } from './parse-seconds.js';

/** Where the password is read from when --password is not given, so it need not appear in the process list. */
export const PASSWORD_VARIABLE = 'PARLEY_PASSWORD';

interface PushCommandOptions {
  endpoint: string;
  graph: string;
  graphIri: string;
  user?: string;
  password?: string;
  method: GraphStoreMethod;
  /** Milliseconds. */
  timeout: number;
}

/** The flag that sets each option of pushGraph, to name it in a usage error. */
const FLAGS: Readonly<Record<PushOptionError['option'], string>> = {
  endpoint: '--endpoint',
  graphIri: '--graph-iri',
  method: '--method',
  user: '--user',
  password: '--password',
  timeoutMs: '--timeout',
};

/** `PUT` or `POST`, in any letter case. */
function parseMethod(value: string): GraphStoreMethod {
  const method = value.toUpperCase();
  if (!(GRAPH_STORE_METHODS as readonly string[]).includes(method)) throw new InvalidArgumentError('Expecting PUT (replace the named graph) or POST (add to it).');
  return method as GraphStoreMethod;
}

/** The library options of the command line, as a UsageError when they cannot work. */
function toPushOptions(options: PushCommandOptions, io: Io): PushGraphOptions {
  if (hasUserInfo(options.endpoint)) {
    throw new UsageError(`push: --endpoint holds a user or password. Give them with --user and --password (or $${PASSWORD_VARIABLE}), which are never printed.`);
  }
  const password = options.password ?? (options.user === undefined ? undefined : process.env[PASSWORD_VARIABLE]);
  try {
    return resolvePushGraphOptions({
      endpoint: options.endpoint,
      graphIri: options.graphIri,
      method: options.method,
      user: options.user,
      password,
      timeoutMs: options.timeout,
      onProgress: io.interactive ? progressPrinter(io) : undefined,
    });
  } catch (error) {
    if (error instanceof PushOptionError) throw new UsageError(`push: ${FLAGS[error.option]} ${error.reason}`, { cause: error });
    throw error;
  }
}

/** `sent` of `total` bytes in the unit that suits the total: kB, or MB with one decimal. */
function amount(sent: number, total: number): string {
  const mb = total >= 1024 * 1024;
  const show = (bytes: number): string => (mb ? (bytes / 1024 / 1024).toFixed(1) : String(Math.round(bytes / 1024)));
  return `${show(sent)} of ${show(total)} ${mb ? 'MB' : 'kB'}`;
}

/**
 * Progress on a terminal, one line per quarter of the body and one while waiting for the server: whole lines, so the
 * display needs no cursor control.
 */
function progressPrinter(io: Io): (progress: PushProgress) => void {
  let quarter = 0;
  return (progress) => {
    if (progress.phase === 'waiting') {
      io.stderr('waiting for the server…\n');
      quarter = 0;
      return;
    }
    const reached = Math.floor((progress.sent / progress.total) * 4);
    if (reached <= quarter && progress.sent < progress.total) return;
    quarter = reached;
    io.stderr(`sent ${amount(progress.sent, progress.total)} (${Math.round((progress.sent / progress.total) * 100)}%)\n`);
  };
}

export const pushCommand: CommandFactory = (io, setExit) =>
  new Command('push')
    .description('Send the graph to a triplestore (SPARQL 1.1 Graph Store HTTP Protocol). PUT replaces the named graph, so pushing again is safe.')
    .requiredOption('-e, --endpoint <url>', "Graph Store endpoint, e.g. Virtuoso's http://127.0.0.1:8890/sparql-graph-crud-auth (without credentials)")
    .option('-g, --graph <file>', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
    .option('--graph-iri <iri>', 'name of the graph in the store', DEFAULT_GRAPH_IRI)
    .option('-u, --user <user>', 'user for Digest or Basic authentication')
    .option('-p, --password <password>', `password (default: $${PASSWORD_VARIABLE})`)
    .option('-m, --method <method>', 'PUT replaces the named graph, POST adds the triples to it', parseMethod, 'PUT' as GraphStoreMethod)
    .addOption(
      new Option('-t, --timeout <seconds>', 'give up on a request after this many seconds')
        .argParser(parseSeconds)
        .default(DEFAULT_PUSH_GRAPH_OPTIONS.timeoutMs, String(DEFAULT_PUSH_GRAPH_OPTIONS.timeoutMs / 1000)),
    )
    .action(async (options: PushCommandOptions) => {
      const pushOptions = toPushOptions(options, io);
      const { readGraphFile } = await import('../rdf/graph-file.js');
      const store = await readGraphFile(resolve(io.cwd, options.graph));
      const report = await pushGraph(store, pushOptions).catch((error: unknown) => {
        throw error instanceof PushError ? new ParleyError(`push: ${error.message}`, { cause: error }) : error;
      });
      io.stdout(
        `pushed ${report.triples} triples (${report.bytes} bytes) to <${report.graphIri}> at ${report.endpoint} ` +
          `with ${report.method} (HTTP ${report.status}) in ${(report.elapsedMs / 1000).toFixed(2)} s\n`,
      );
      setExit(EXIT_OK);
    });
