import type { FileReport } from './report-types.js';
import { fileReport } from './to-report.js';
import type { WorkerJob } from './worker-pool.js';

/**
 * The id of the warning that markdownlint was skipped on a file too complex
 * for it (by the pre-scan or the watchdog), and of the error when even the
 * charter rules alone ran out of time.
 */
export const TOO_COMPLEX_RULE_ID = 'file-too-complex';

/**
 * Seconds one file may take in a worker before the watchdog stops it
 * (`--file-timeout`). The slowest shape `bench/robustness.js` lints at the
 * default size limit (992 kB of short paragraphs) takes about 4 s on an idle
 * machine; a loaded 2-core CI runner can stretch that several times, and a
 * false alarm would cost the file its markdownlint findings, so the default
 * is far above both.
 */
export const DEFAULT_FILE_TIMEOUT_SECONDS = 60;

/** What a worker sends once its linter is loaded: the watchdog's clock starts from there. */
export const WORKER_READY = 'ready';

/** The budget as the messages word it: `over 60 s`. */
export const overBudget = (seconds: number) => `over ${seconds} s`;

/**
 * Whether the watchdog stopped linting this file: such a report depends on
 * the machine's load as much as on the file, so `--cache` does not keep it.
 */
export const stoppedByWatchdog = (report: FileReport) =>
  report.messages.some(
    (message) => message.ruleId === TOO_COMPLEX_RULE_ID && / \(over \d+(\.\d+)? s[;)]/.test(message.message),
  );

/**
 * The per-file watchdog of the worker pool. A file that takes longer than
 * `seconds` has its worker terminated (synchronous JavaScript cannot be
 * interrupted any other way) and replaced; the files queued behind it go to
 * the new worker, and the file is linted again without markdownlint (whose
 * parse and rules are where unbounded time has been seen), with a
 * `file-too-complex` warning. If that second attempt runs out of time too,
 * the file gets a fatal `file-too-complex` error and the run goes on.
 */
export class Watchdog {
  readonly ms: number;
  constructor(readonly seconds: number) {
    this.ms = seconds * 1000;
  }

  /** The job to run again after a timeout, or none when markdownlint was not what ran. */
  retry(job: WorkerJob): WorkerJob | undefined {
    if (job.options.markdownlintSkipped !== undefined || job.options.markdownlint === false) return undefined;
    return { ...job, options: { ...job.options, markdownlintSkipped: overBudget(this.seconds) } };
  }
}

/** The report of a file that ran out of time even without markdownlint: fatal, so the run exits 2. */
export function timedOutReport(job: WorkerJob, watchdog: Watchdog): FileReport {
  const skipped = job.options.markdownlintSkipped !== undefined ? ' with markdownlint skipped' : '';
  return fileReport(job.options.displayPath ?? job.path, [
    {
      ruleId: TOO_COMPLEX_RULE_ID,
      severity: 'error',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      message: `Not linted: file too complex (${overBudget(watchdog.seconds)}${skipped}; raise the budget with --file-timeout).`,
      fatal: true,
    },
  ]);
}
