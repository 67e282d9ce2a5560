import { lintFileWithFacts } from './lint-file.js';
import type { WorkerJob, WorkerResult } from './worker-pool.js';

/** Lints jobs one after the other; `lintFile` turns a file's failure into that file's report. */
export async function lintBatch(jobs: readonly WorkerJob[]): Promise<WorkerResult[]> {
  const results: WorkerResult[] = [];
  for (const job of jobs)
    results.push({ index: job.index, ...(await lintFileWithFacts(job.path, job.options)) });
  return results;
}
