// A pool of worker threads, each reading and extracting one article file at a time; results come back in input order.
import { Worker } from 'node:worker_threads';
import { packagePath } from './package-root.js';
import { withSharedStrings, type FileClaims } from './read-and-extract.js';
import type { ArticleStore } from './cache/article-store.js';
import type { StoreLookup } from './cache/read-with-store.js';

/** Options of the pool. */
export interface WorkerPoolOptions {
  /** Threads to start (at most one per file). */
  readonly jobs: number;
  /** Files larger than this are problems, as in readArticles. */
  readonly maxBytes: number;
  /** The store of per-article results each thread reads and writes, if any. */
  readonly store?: ArticleStore | undefined;
}

/** A message from a worker: the result of the file it was given, or why it failed. */
export type WorkerReply = { readonly index: number; readonly result: FileClaims } | { readonly index: number; readonly error: unknown };

/** What each worker is started with. */
export interface WorkerData {
  readonly maxBytes: number;
  readonly store: ArticleStore | undefined;
}

/** A file to read, and what a look-up in the store already found of it. */
export interface FileToRead {
  readonly path: string;
  readonly known?: StoreLookup | undefined;
}

/** A message to a worker: the file to read. */
export interface WorkerRequest extends FileToRead {
  readonly index: number;
}

/**
 * The worker's module: always the compiled one in dist/, which `npm run build` makes (and `npm test` runs first), since
 * worker threads do not inherit the TypeScript loader of tests and benchmarks that run the sources.
 */
const WORKER_MODULE = packagePath('dist', 'src', 'pipeline-worker.js');

/**
 * Files each thread is given ahead: the next waits in the thread's queue while it reads one, so that it never idles for
 * the round trip of its result to the main thread and of the next file back.
 */
const FILES_IN_FLIGHT = 2;

/**
 * Reads and extracts every file on `options.jobs` worker threads. Resolves to one result per file, in the order of
 * `files`; rejects with the first error a worker reports, after stopping every thread.
 */
export async function mapInWorkers(files: readonly FileToRead[], options: WorkerPoolOptions, onDone: () => void): Promise<FileClaims[]> {
  const results: FileClaims[] = new Array<FileClaims>(files.length);
  const workers = Array.from({ length: Math.max(1, Math.min(options.jobs, files.length)) }, () => new Worker(WORKER_MODULE, { workerData: { maxBytes: options.maxBytes, store: options.store } satisfies WorkerData }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let given = 0;
            const give = (): void => {
              if (next >= files.length) {
                if (given === 0) resolve();
                return;
              }
              const index = next++;
              given++;
              worker.postMessage({ index, ...files[index]! } satisfies WorkerRequest);
            };
            worker.on('message', (reply: WorkerReply) => {
              if ('error' in reply) return reject(reply.error);
              given--;
              results[reply.index] = withSharedStrings(reply.result);
              onDone();
              give();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < files.length || given > 0 || code !== 0) reject(new Error(`a worker thread stopped with exit code ${code}`));
            });
            for (let i = 0; i < FILES_IN_FLIGHT; i++) give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
