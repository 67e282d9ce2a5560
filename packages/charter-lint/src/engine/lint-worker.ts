import { parentPort } from 'node:worker_threads';
import { lintBatch } from './lint-batch.js';
import type { WorkerJob } from './worker-pool.js';

// A worker of `lintFiles`: lints each batch it is sent, one after the other
// (the pool keeps the next one queued here), and answers with the whole batch.
let queue = Promise.resolve();
parentPort?.on('message', (batch: WorkerJob[]) => {
  queue = queue.then(() => lintBatch(batch)).then((results) => parentPort?.postMessage(results));
});
