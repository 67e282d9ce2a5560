import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { FileSettings, type SettingOverrides } from './file-settings.js';
import { LintCache } from './lint-cache.js';
import type { LintedFile, LintFileOptions } from './lint-file.js';
import { projectFindings, projectSettings, withProjectFindings, type ProjectInput } from './project-pass.js';
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
  /**
   * Run the project rules (`figure-registry`, `translation-parity`,
   * `figure-consistency`) after the files' own lint (default true).
   */
  project?: boolean;
  /**
   * More drafts the project rules compare the linted ones with, without
   * linting or reporting them (`--changed-since`: the unchanged drafts).
   */
  projectFiles?: readonly string[];
}

/** How a report names a file: relative to `cwd` when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path;
}

/**
 * One job per file to lint, with its configuration, then one facts-only job
 * per other project file; throws a `ConfigError` for an invalid configuration.
 */
function jobsFor(paths: readonly string[], cwd: string, options: LintFilesOptions): WorkerJob[] {
  const settings = new FileSettings(options.configFile, options.overrides, cwd, options.notice);
  const project = options.project !== false;
  const jobs: WorkerJob[] = [];
  const add = (given: string, factsOnly: boolean) => {
    const path = resolve(cwd, given);
    const fileSettings = settings.forFile(path);
    if (fileSettings === undefined) return;
    const jobOptions: LintFileOptions = {
      ...fileSettings,
      displayPath: displayPath(path, cwd),
      fix: options.fix ?? false,
      ...(project ? { collectFacts: true } : {}),
      ...(factsOnly ? { factsOnly: true } : {}),
    };
    jobs.push({ index: jobs.length, path, options: jobOptions });
  };
  for (const given of paths) add(given, false);
  if (project && options.projectFiles !== undefined) {
    const linted = new Set(paths.map((path) => resolve(cwd, path)));
    for (const given of options.projectFiles) if (!linted.has(resolve(cwd, given))) add(given, true);
  }
  return jobs;
}

/**
 * The project pass: the project rules on the facts of every file, their
 * findings added to the reports of the files linted (facts-only files are
 * compared, not reported). Throws a `ConfigError` for a bad figure registry.
 */
function projectPass(
  jobs: readonly WorkerJob[],
  linted: readonly LintedFile[],
  options: LintFilesOptions,
): FileReport[] {
  const reported = jobs.filter((job) => !job.options.factsOnly);
  if (options.project === false) return reported.map((job) => (linted[job.index] as LintedFile).report);
  const inputs: ProjectInput[] = [];
  for (const job of jobs) {
    const facts = linted[job.index]?.facts;
    if (facts === undefined) continue;
    inputs.push({
      path: job.path,
      shown: job.options.displayPath ?? job.path,
      facts,
      settings: projectSettings(job.options),
    });
  }
  const findings = projectFindings(inputs);
  return reported.map((job) =>
    withProjectFindings((linted[job.index] as LintedFile).report, findings.get(job.path)),
  );
}

function watchdogFor(options: LintFilesOptions): Watchdog | undefined {
  const seconds = options.fileTimeout ?? DEFAULT_FILE_TIMEOUT_SECONDS;
  return seconds > 0 ? new Watchdog(seconds) : undefined;
}

/**
 * Lints the jobs on a pool sized for `files` (started before the jobs are
 * known, so the workers load while configurations resolve), with the
 * watchdog unless it is off. Returns the jobs and what linting them gave.
 */
async function runPooled(
  files: number,
  jobsOf: () => readonly WorkerJob[],
  options: LintFilesOptions,
): Promise<{ jobs: readonly WorkerJob[]; linted: LintedFile[] }> {
  const watchdog = watchdogFor(options);
  const workers = startWorkers(
    poolSize(files, options.concurrency, watchdog !== undefined),
    watchdog !== undefined,
  );
  try {
    const jobs = jobsOf();
    return { jobs, linted: await runJobs(jobs, workers, watchdog) };
  } finally {
    await stopWorkers(workers);
  }
}

async function runFresh(jobs: readonly WorkerJob[], options: LintFilesOptions): Promise<LintedFile[]> {
  // Everything from the cache: not even the linter is loaded.
  if (jobs.length === 0) return [];
  return (await runPooled(jobs.length, () => jobs, options)).linted;
}

/** Answers from the cache what it can, lints the rest, and records their reports. */
async function runCached(jobs: readonly WorkerJob[], options: LintFilesOptions, cacheFile: string) {
  const cache = new LintCache(cacheFile);
  const reports = new Array<LintedFile>(jobs.length);
  const stale: { job: WorkerJob; key: string | undefined }[] = [];
  for (const job of jobs) {
    let key: string | undefined;
    try {
      key = LintCache.key(readFileSync(job.path), job.options);
    } catch {
      // Unreadable now: linting it reports why.
    }
    const cached = key === undefined ? undefined : cache.get(job.path, key);
    if (cached)
      reports[job.index] = {
        ...cached,
        report: { ...cached.report, filePath: job.options.displayPath ?? job.path },
      };
    else stale.push({ job, key });
  }
  const fresh = await runFresh(
    stale.map(({ job }, index) => ({ ...job, index })),
    options,
  );
  for (const [index, { job, key }] of stale.entries()) {
    const linted = fresh[index] as LintedFile;
    reports[job.index] = linted;
    // A facts-only job has no findings to keep, and a report the watchdog
    // stopped depends on the machine's load: the next run must lint that file.
    if (key !== undefined && !job.options.factsOnly && !stoppedByWatchdog(linted.report))
      cache.set(job.path, key, linted);
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
    const jobs = jobsFor(paths, cwd, options);
    return projectPass(jobs, await runCached(jobs, options, resolve(cwd, options.cacheFile)), options);
  }
  // Sized on the paths given (ignored files are few), so the workers load while configurations resolve.
  const { jobs, linted } = await runPooled(
    paths.length + (options.projectFiles?.length ?? 0),
    () => jobsFor(paths, cwd, options),
    options,
  );
  return projectPass(jobs, linted, options);
}

/**
 * Lints text read from stdin as if it were the file `path` (`--stdin-filename`):
 * that file's configuration, language and name in the report, and the
 * watchdog as for a file. Returns no report when its configuration ignores it.
 * Text on stdin is one text: the project rules need the drafts on disk.
 */
export async function lintStdin(
  text: string,
  path: string,
  options: LintFilesOptions = {},
): Promise<FileReport[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const [job] = jobsFor([path], cwd, { ...options, project: false });
  if (job === undefined) return [];
  const { linted } = await runPooled(1, () => [{ ...job, text: text.replace(/^\uFEFF/, '') }], options);
  return linted.map(({ report }) => report);
}
