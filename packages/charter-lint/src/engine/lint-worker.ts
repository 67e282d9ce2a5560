import { parentPort } from 'node:worker_threads';
import { lintFile } from './lint-file.js';
import type { WorkerJob, WorkerResult } from './worker-pool.js';

// A worker of `lintFiles`: lints the files it is sent, one at a time, and answers each by index.
parentPort?.on('message', (job: WorkerJob) => {
  void lintFile(job.path, job.options).then(
    (report) => parentPort?.postMessage({ index: job.index, report } satisfies WorkerResult),
    (error: unknown) =>
      parentPort?.postMessage({
        index: job.index,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerResult),
  );
});
