import { lintFileWithFacts } from './lint-file.js';
import { lintText } from './lint-text.js';
import type { WorkerJob, WorkerResult } from './worker-pool.js';

/** Lints one job: a file from disk (`lintFile` turns its failure into its report) or given text (stdin). */
export async function lintJob(job: WorkerJob): Promise<WorkerResult> {
  if (job.text === undefined)
    return { index: job.index, ...(await lintFileWithFacts(job.path, job.options)) };
  const { fix: _fix, displayPath, ...settings } = job.options;
  return {
    index: job.index,
    report: await lintText(job.text, { ...settings, filePath: displayPath ?? job.path }),
  };
}

/** Lints jobs one after the other, on this thread. */
export async function lintBatch(jobs: readonly WorkerJob[]): Promise<WorkerResult[]> {
  const results: WorkerResult[] = [];
  for (const job of jobs) results.push(await lintJob(job));
  return results;
}
