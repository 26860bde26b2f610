// Entry of a worker thread of the build: reads and extracts the files the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { readAndExtract } from './pipeline.js';
import type { WorkerReply, WorkerRequest } from './pipeline-workers.js';

const { maxBytes } = workerData as { maxBytes: number };

parentPort?.on('message', (request: WorkerRequest) => {
  readAndExtract(request.path, maxBytes).then(
    (result) => parentPort?.postMessage({ index: request.index, result } satisfies WorkerReply),
    (error: unknown) => parentPort?.postMessage({ index: request.index, error } satisfies WorkerReply),
  );
});
