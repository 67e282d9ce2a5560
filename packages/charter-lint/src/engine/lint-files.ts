import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { FileSettings, type SettingOverrides } from './file-settings.js';
import { LintCache } from './lint-cache.js';
import type { LintFileOptions } from './lint-file.js';
import type { FileReport } from './report-types.js';
import { DEFAULT_FILE_TIMEOUT_SECONDS, stoppedByWatchdog, Watchdog } from './watchdog.js';
import { poolSize, runJobs, startWorkers, stopWorkers, type WorkerJob } from './worker-pool.js';

export interface LintFilesOptions {
  /** Paths in reports are relative to this folder when inside it (default `process.cwd()`). */
  cwd?: string;
  /** One configuration file for every file, instead of searching from each file's folder. */
  configFile?: string;
  /** Settings that win over every configuration file (the command's `--lang`, `--no-markdownlint`). */
  overrides?: SettingOverrides;
  /** Apply unambiguous fixes and write the files back, or (`dry-run`) report them as diffs. */
  fix?: boolean | 'dry-run';
  /** Worker threads: a number, or `auto` (default): `min(cores, files / 150)`, at least one with a file timeout; 0 lints on this thread, without the watchdog. */
  concurrency?: number | 'auto';
  /**
   * Seconds one file may take before its worker is stopped and the file is
   * linted again without markdownlint, with a `file-too-complex` warning
   * (default 60; 0 turns the watchdog off). See `watchdog.ts`.
   */
  fileTimeout?: number;
  /**
   * A cache file (`--cache`): files whose content, configuration and linter
   * version are unchanged are not linted again. Not read with `fix`.
   */
  cacheFile?: string;
  /** Hears about configuration files found and not read (markdownlint's JavaScript ones). */
  notice?: (message: string) => void;
}

/** How a report names a file: relative to `cwd` when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path;
}

/** One job per file to lint, with its configuration; throws a `ConfigError` for an invalid one. */
function jobsFor(paths: readonly string[], cwd: string, options: LintFilesOptions): WorkerJob[] {
  const settings = new FileSettings(options.configFile, options.overrides, cwd, options.notice);
  const jobs: WorkerJob[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    const fileSettings = settings.forFile(path);
    if (fileSettings === undefined) continue;
    const jobOptions: LintFileOptions = {
      ...fileSettings,
      displayPath: displayPath(path, cwd),
      fix: options.fix ?? false,
    };
    jobs.push({ index: jobs.length, path, options: jobOptions });
  }
  return jobs;
}

function watchdogFor(options: LintFilesOptions): Watchdog | undefined {
  const seconds = options.fileTimeout ?? DEFAULT_FILE_TIMEOUT_SECONDS;
  return seconds > 0 ? new Watchdog(seconds) : undefined;
}

/**
 * Lints the jobs on a pool sized for `files` (started before the jobs are
 * known, so the workers load while configurations resolve), with the
 * watchdog unless it is off.
 */
async function runPooled(
  files: number,
  jobs: () => readonly WorkerJob[],
  options: LintFilesOptions,
): Promise<FileReport[]> {
  const watchdog = watchdogFor(options);
  const workers = startWorkers(
    poolSize(files, options.concurrency, watchdog !== undefined),
    watchdog !== undefined,
  );
  try {
    return await runJobs(jobs(), workers, watchdog);
  } finally {
    await stopWorkers(workers);
  }
}

async function runFresh(jobs: readonly WorkerJob[], options: LintFilesOptions): Promise<FileReport[]> {
  // Everything from the cache: not even the linter is loaded.
  if (jobs.length === 0) return [];
  return runPooled(jobs.length, () => jobs, options);
}

/** Answers from the cache what it can, lints the rest, and records their reports. */
async function runCached(jobs: readonly WorkerJob[], options: LintFilesOptions, cacheFile: string) {
  const cache = new LintCache(cacheFile);
  const reports = new Array<FileReport>(jobs.length);
  const stale: { job: WorkerJob; key: string | undefined }[] = [];
  for (const job of jobs) {
    let key: string | undefined;
    try {
      key = LintCache.key(readFileSync(job.path), job.options);
    } catch {
      // Unreadable now: linting it reports why.
    }
    const cached = key === undefined ? undefined : cache.get(job.path, key);
    if (cached) reports[job.index] = { ...cached, filePath: job.options.displayPath ?? job.path };
    else stale.push({ job, key });
  }
  const fresh = await runFresh(
    stale.map(({ job }, index) => ({ ...job, index })),
    options,
  );
  for (const [index, { job, key }] of stale.entries()) {
    const report = fresh[index] as FileReport;
    reports[job.index] = report;
    if (key !== undefined && !stoppedByWatchdog(report)) cache.set(job.path, key, report);
  }
  cache.save();
  return reports;
}

/**
 * Lints files from disk with their configurations (nearest configuration
 * file wins), spreading them over worker threads when there are many.
 * Returns one report per linted file, in the order given; files matched by
 * their configuration's `ignore` patterns are left out. Throws a
 * `ConfigError` for an invalid configuration before linting anything.
 */
export async function lintFiles(
  paths: readonly string[],
  options: LintFilesOptions = {},
): Promise<FileReport[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  if (options.cacheFile !== undefined && !options.fix) {
    return runCached(jobsFor(paths, cwd, options), options, resolve(cwd, options.cacheFile));
  }
  // Sized on the paths given (ignored files are few), so the workers load while configurations resolve.
  return runPooled(paths.length, () => jobsFor(paths, cwd, options), options);
}

/**
 * Lints text read from stdin as if it were the file `path` (`--stdin-filename`):
 * that file's configuration, language and name in the report, and the
 * watchdog as for a file. Returns no report when its configuration ignores it.
 */
export async function lintStdin(
  text: string,
  path: string,
  options: LintFilesOptions = {},
): Promise<FileReport[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const [job] = jobsFor([path], cwd, options);
  if (job === undefined) return [];
  return runPooled(1, () => [{ ...job, text: text.replace(/^\uFEFF/, '') }], options);
}
