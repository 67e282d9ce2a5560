import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintedFile, LintFileOptions } from './lint-file.js';
import { timedOutReport, WORKER_READY, type Watchdog } from './watchdog.js';

export interface WorkerJob {
  index: number;
  path: string;
  options: LintFileOptions;
  /** The text to lint instead of reading `path` (stdin); `path` then only names it. */
  text?: string;
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
 * files. 0 or 1 means "lint on this thread", except that with a `watchdog`
 * at least one worker lints (only a worker can be stopped mid-file), unless
 * 0 was asked for. Workers need the compiled `lint-worker.js`; running from
 * TypeScript sources, it is 0.
 */
export function poolSize(files: number, requested: number | 'auto' = 'auto', watchdog = false): number {
  if (!existsSync(workerFile) || files === 0) return 0;
  const wanted = requested === 'auto' ? Math.floor(files / FILES_PER_WORKER) : requested;
  const size = Math.max(0, Math.min(wanted, files, availableParallelism()));
  return watchdog && requested !== 0 ? Math.max(1, size) : size;
}

/**
 * Jobs per message: enough that a worker rarely waits for the main thread
 * (which a busy machine schedules late), few enough that the workers finish
 * together.
 */
const batchSize = (jobs: number, workers: number) =>
  Math.max(1, Math.min(16, Math.ceil(jobs / (workers * 8))));

/**
 * Starts `size` lint workers: none for 0, nor for 1 without a watchdog (one
 * worker is only worth its start when it can be stopped). Starting them
 * before the files are listed and their configurations resolved overlaps
 * their module loading (about 0.3 s each) with that work. Stop them with
 * `stopWorkers`.
 */
export function startWorkers(size: number, watchdog = false): Worker[] {
  return size >= 2 || (size === 1 && watchdog)
    ? Array.from({ length: size }, () => new Worker(workerFile))
    : [];
}

export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/**
 * Runs the jobs on the started workers, or on this thread without any;
 * results come back in job order whatever the finishing order. With a
 * `watchdog`, a worker that spends longer than its budget on one file is
 * stopped and replaced in `workers` (see `watchdog.ts`).
 */
export async function runJobs(
  jobs: readonly WorkerJob[],
  workers: Worker[],
  watchdog?: Watchdog,
): Promise<LintedFile[]> {
  // Loaded only to lint on this thread: with workers, this thread never needs the linter itself.
  const results =
    workers.length === 0
      ? await (await import('./lint-batch.js')).lintBatch(jobs)
      : await onWorkers(jobs, workers, watchdog);
  return results.map(({ index: _index, ...linted }) => linted);
}

/**
 * Batches each worker holds at once: while it lints one, the next is already
 * queued, so it never idles waiting for the main thread to answer.
 */
const IN_FLIGHT = 2;

function onWorkers(
  jobs: readonly WorkerJob[],
  workers: Worker[],
  watchdog?: Watchdog,
): Promise<WorkerResult[]> {
  const results = new Array<WorkerResult>(jobs.length);
  const step = batchSize(jobs.length, workers.length);
  let next = 0;
  let unanswered = jobs.length;
  return new Promise((resolve, reject) => {
    const done = (result: WorkerResult) => {
      results[result.index] = result;
      if (--unanswered === 0) resolve(results);
    };
    const lane = (slot: number, retry: WorkerJob[] = []) => {
      const worker = workers[slot] as Worker;
      // Jobs sent and not answered yet, in the order the worker lints them: the first is the file it is on.
      const queue: WorkerJob[] = [];
      let ready = false;
      let timer: NodeJS.Timeout | undefined;
      const post = (batch: WorkerJob[]) => {
        queue.push(...batch);
        worker.postMessage(batch);
      };
      const refill = () => {
        while (queue.length <= step * (IN_FLIGHT - 1) && next < jobs.length)
          post(jobs.slice(next, (next += step)));
      };
      // The clock runs for the file the worker is on, from its start (or the previous file's answer).
      const arm = () => {
        clearTimeout(timer);
        timer = watchdog && ready && queue.length > 0 ? setTimeout(timedOut, watchdog.ms) : undefined;
      };
      const timedOut = () => {
        worker.removeAllListeners();
        void worker.terminate();
        const [stuck, ...rest] = queue.splice(0);
        if (stuck === undefined || watchdog === undefined) return;
        const again = watchdog.retry(stuck);
        if (again === undefined) done({ index: stuck.index, report: timedOutReport(stuck, watchdog) });
        workers[slot] = new Worker(workerFile);
        lane(slot, again === undefined ? rest : [again, ...rest]);
      };
      worker.on('message', (message: WorkerResult | typeof WORKER_READY) => {
        if (message === WORKER_READY) ready = true;
        else {
          queue.shift();
          done(message);
          refill();
        }
        arm();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.on('exit', (code) => {
        clearTimeout(timer);
        if (code !== 0) reject(new Error(`A lint worker stopped with exit code ${code}.`));
      });
      if (retry.length > 0) post(retry);
      refill();
    };
    if (jobs.length === 0) resolve(results);
    for (let slot = 0; slot < workers.length; slot += 1) lane(slot);
  });
}
