import { lintFile } from './lint-file.js';
import type { WorkerJob, WorkerResult } from './worker-pool.js';

/** Lints jobs one after the other; a failure is that job's result, not the batch's. */
export async function lintBatch(jobs: readonly WorkerJob[]): Promise<WorkerResult[]> {
  const results: WorkerResult[] = [];
  for (const job of jobs) {
    try {
      results.push({ index: job.index, report: await lintFile(job.path, job.options) });
    } catch (error) {
      results.push({ index: job.index, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
