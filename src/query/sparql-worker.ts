// The worker thread of runSparql: loads the graph into its own Oxigraph store, runs one query and posts the serialized answer.
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';

/** What runSparql hands the worker. */
export interface SparqlWorkerData {
  /** The graph as Turtle or N-Quads text, in UTF-8. */
  readonly graph: Uint8Array;
  readonly graphFormat: 'text/turtle' | 'application/n-quads';
  /** The query as the user wrote it: checked for syntax alone, so errors point into the user's text. */
  readonly query: string;
  /** The query to run: `query`, or `query` wrapped to cap its rows. */
  readonly runnable: string;
  readonly resultsFormat: 'application/n-triples' | 'application/sparql-results+json';
}

/** What the worker posts back: `started` once the graph is loaded (the timeout counts from there), then one outcome. */
export type SparqlWorkerMessage =
  | { readonly type: 'started' }
  | { readonly type: 'answer'; readonly output: string; readonly vars: readonly string[] }
  | { readonly type: 'syntax-error'; readonly message: string }
  | { readonly type: 'graph-error'; readonly message: string };

const port = parentPort;
if (port === null) throw new Error('sparql-worker: not started as a worker thread.');
const post = (message: SparqlWorkerMessage): void => port.postMessage(message);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Checks the syntax, loads the graph and runs the query; an engine failure (a wasm panic) is thrown and ends the worker. */
function answer(data: SparqlWorkerData): SparqlWorkerMessage {
  let empty: string;
  try {
    // An empty store answers at once: a syntax error is told apart before any work on the graph, and the head of a
    // SELECT answer gives the variables in the order the query projects them (a wrapped query lists them sorted).
    empty = String(new oxigraph.Store().query(data.query, { results_format: data.resultsFormat }));
  } catch (error) {
    return { type: 'syntax-error', message: messageOf(error) };
  }
  const store = new oxigraph.Store();
  try {
    // Without a transaction: the graph is never changed, and one that fails to load is not queried.
    store.load(data.graph, { format: data.graphFormat, no_transaction: true });
  } catch (error) {
    return { type: 'graph-error', message: messageOf(error) };
  }
  post({ type: 'started' });
  const vars = data.resultsFormat === 'application/sparql-results+json' ? ((JSON.parse(empty) as { head: { vars?: string[] } }).head.vars ?? []) : [];
  return { type: 'answer', output: String(store.query(data.runnable, { results_format: data.resultsFormat })), vars };
}

post(answer(workerData as SparqlWorkerData));
