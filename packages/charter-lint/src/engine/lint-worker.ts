import { parentPort } from 'node:worker_threads';
import { lintBatch, type WorkerJob } from './worker-pool.js';

// A worker of `lintFiles`: lints each batch it is sent, in order, and answers with the whole batch.
parentPort?.on('message', (batch: WorkerJob[]) => {
  void lintBatch(batch).then((results) => parentPort?.postMessage(results));
});
