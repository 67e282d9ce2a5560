import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { lintFile, type LintFileOptions } from './lint-file.js';
import type { FileReport } from './report-types.js';

export interface WorkerJob {
  index: number;
  path: string;
  options: LintFileOptions;
}

export type WorkerResult = { index: number; report: FileReport } | { index: number; error: string };

/**
 * A worker starts in about a tenth of a second (loading unified and
 * markdownlint); below this many files per worker, one thread is faster.
 */
export const FILES_PER_WORKER = 150;

const workerFile = fileURLToPath(new URL('./lint-worker.js', import.meta.url));

/**
 * How many worker threads for `files` files: `min(cores, files / 150)`, or
 * what the caller asks. 0 or 1 means "lint on this thread". Workers need the
 * compiled `lint-worker.js`; running from TypeScript sources, it is 0.
 */
export function poolSize(files: number, requested: number | 'auto' = 'auto'): number {
  if (!existsSync(workerFile)) return 0;
  const wanted = requested === 'auto' ? Math.floor(files / FILES_PER_WORKER) : requested;
  return Math.max(0, Math.min(wanted, files, requested === 'auto' ? availableParallelism() : Infinity));
}

/** Runs the jobs on `size` workers; results come back in job order whatever the finishing order. */
export async function runJobs(jobs: readonly WorkerJob[], size: number): Promise<FileReport[]> {
  if (size <= 1) {
    const reports: FileReport[] = [];
    for (const job of jobs) reports.push(await lintFile(job.path, job.options));
    return reports;
  }
  const reports = new Array<FileReport>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: size }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const job = jobs[next++];
              if (job === undefined) resolve();
              else worker.postMessage(job);
            };
            worker.on('message', (result: WorkerResult) => {
              if ('error' in result) reject(new Error(`${jobs[result.index]?.path}: ${result.error}`));
              else {
                reports[result.index] = result.report;
                send();
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`A lint worker stopped with exit code ${code}.`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return reports;
}
