import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { lintJob } from './lint-batch.js';
import { WORKER_READY } from './watchdog.js';
import type { WorkerJob } from './worker-pool.js';

/**
 * Test hook of the watchdog (test/cli/spawn-watchdog.test.ts): a file of
 * this name spins forever, as markdownlint would on a pathological shape
 * nobody has found yet; `NAME:always` spins on the retry without
 * markdownlint too. Unset outside that test.
 */
const [stallName, stallAlways] = (process.env.CHARTER_LINT_TEST_STALL ?? '').split(':');
const stalls = (job: WorkerJob) =>
  stallName !== '' &&
  basename(job.path) === stallName &&
  (stallAlways === 'always' || job.options.markdownlintSkipped === undefined);

// A worker of `lintFiles`: lints the files of each batch it is sent, one
// after the other (the pool keeps the next batch queued here), and answers
// each file as it is done, so the pool's watchdog knows which file the
// worker is on and a stopped worker loses no finished report.
let queue = Promise.resolve();
parentPort?.on('message', (batch: WorkerJob[]) => {
  for (const job of batch) {
    queue = queue.then(async () => {
      while (stalls(job));
      parentPort?.postMessage(await lintJob(job));
    });
  }
});
// The linter is loaded (imported above): the watchdog's clock may start.
parentPort?.postMessage(WORKER_READY);
