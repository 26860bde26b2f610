// Entry of a worker thread of the build: reads and extracts the files the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { readAndExtract } from './read-and-extract.js';
import { readWithStore } from './cache/read-with-store.js';
import type { WorkerData, WorkerReply, WorkerRequest } from './pipeline-workers.js';

const { maxBytes, store } = workerData as WorkerData;

parentPort?.on('message', (request: WorkerRequest) => {
  (store === undefined ? readAndExtract(request.path, maxBytes) : readWithStore(request.path, maxBytes, store, request.known)).then(
    (result) => parentPort?.postMessage({ index: request.index, result } satisfies WorkerReply),
    (error: unknown) => parentPort?.postMessage({ index: request.index, error } satisfies WorkerReply),
  );
});
