import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintedFile, LintFileOptions } from './lint-file.js';

export interface WorkerJob {
  index: number;
  path: string;
  options: LintFileOptions;
}

export interface WorkerResult extends LintedFile {
  index: number;
}

/**
 * A worker starts in about a tenth of a second (loading unified and
 * markdownlint); below this many files per worker, one thread is faster.
 */
export const FILES_PER_WORKER = 150;

const workerFile = fileURLToPath(new URL('./lint-worker.js', import.meta.url));

/**
 * How many worker threads for `files` files: `min(cores, files / 150)`, or
 * what the caller asks, never more than the cores (each worker holds its
 * own linter, about 35 MB: 64 workers took 2.3 GB for no speed) nor the
 * files. 0 or 1 means "lint on this thread". Workers need the compiled
 * `lint-worker.js`; running from TypeScript sources, it is 0.
 */
export function poolSize(files: number, requested: number | 'auto' = 'auto'): number {
  if (!existsSync(workerFile)) return 0;
  const wanted = requested === 'auto' ? Math.floor(files / FILES_PER_WORKER) : requested;
  return Math.max(0, Math.min(wanted, files, availableParallelism()));
}

/**
 * Jobs per message: enough that a worker rarely waits for the main thread
 * (which a busy machine schedules late), few enough that the workers finish
 * together.
 */
const batchSize = (jobs: number, workers: number) =>
  Math.max(1, Math.min(16, Math.ceil(jobs / (workers * 8))));

/**
 * Batches each worker holds at once: while it lints one, the next is already
 * queued, so it never idles waiting for the main thread to answer.
 */
const IN_FLIGHT = 2;

/**
 * Starts `size` lint workers (none for 0 or 1). Starting them before the
 * files are listed and their configurations resolved overlaps their module
 * loading (about 0.3 s each) with that work. Stop them with `stopWorkers`.
 */
export function startWorkers(size: number): Worker[] {
  return size <= 1 ? [] : Array.from({ length: size }, () => new Worker(workerFile));
}

export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/**
 * Runs the jobs on the started workers, or on this thread without any;
 * results come back in job order whatever the finishing order.
 */
export async function runJobs(jobs: readonly WorkerJob[], workers: readonly Worker[]): Promise<LintedFile[]> {
  // Loaded only to lint on this thread: with workers, this thread never needs the linter itself.
  const results =
    workers.length === 0
      ? await (await import('./lint-batch.js')).lintBatch(jobs)
      : await onWorkers(jobs, workers);
  return results.map(({ index: _index, ...linted }) => linted);
}

async function onWorkers(jobs: readonly WorkerJob[], workers: readonly Worker[]): Promise<WorkerResult[]> {
  const results = new Array<WorkerResult>(jobs.length);
  const step = batchSize(jobs.length, workers.length);
  let next = 0;
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let pending = 0;
          const send = () => {
            const batch = jobs.slice(next, (next += step));
            if (batch.length > 0) {
              pending += 1;
              worker.postMessage(batch);
            } else if (pending === 0) resolve();
          };
          worker.on('message', (batch: WorkerResult[]) => {
            pending -= 1;
            for (const result of batch) results[result.index] = result;
            send();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`A lint worker stopped with exit code ${code}.`));
          });
          for (let batch = 0; batch < IN_FLIGHT; batch += 1) send();
        }),
    ),
  );
  return results;
}
