import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ignorePatterns, type Ignore } from '../config/ignore-patterns.js';
import { ConfigResolver } from '../config/find-config.js';
import type { CharterLintConfig } from '../config/config-types.js';
import type { LintFileOptions } from './lint-file.js';
import type { FileReport } from './report-types.js';
import { poolSize, runJobs, startWorkers, stopWorkers, type WorkerJob } from './worker-pool.js';

export interface LintFilesOptions {
  /** Paths in reports are relative to this folder when inside it (default `process.cwd()`). */
  cwd?: string;
  /** One configuration file for every file, instead of searching from each file's folder. */
  configFile?: string;
  /** Settings that win over every configuration file (the command's `--lang`, `--no-markdownlint`). */
  overrides?: Pick<CharterLintConfig, 'lang' | 'markdownlint' | 'rules' | 'ownSources' | 'maxFileSize'>;
  /** Apply unambiguous fixes and write the files back. */
  fix?: boolean;
  /** Worker threads: a number, or `auto` (default): `min(cores, files / 150)`. */
  concurrency?: number | 'auto';
}

/** How a report names a file: relative to `cwd` when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path;
}

function ignoredBy(configFile: string | undefined, config: CharterLintConfig, cache: Map<string, Ignore>) {
  if (configFile === undefined || config.ignore === undefined || config.ignore.length === 0) return undefined;
  let matcher = cache.get(configFile);
  if (matcher === undefined) cache.set(configFile, (matcher = ignorePatterns(config.ignore)));
  return matcher;
}

/** One job per file to lint, with its configuration; throws a `ConfigError` for an invalid one. */
function jobsFor(paths: readonly string[], cwd: string, options: LintFilesOptions): WorkerJob[] {
  const resolver = new ConfigResolver(
    options.configFile === undefined ? undefined : resolve(cwd, options.configFile),
  );
  const matchers = new Map<string, Ignore>();
  const jobs: WorkerJob[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    const { file: configFile, config } = resolver.forFile(path);
    const matcher = ignoredBy(configFile, config, matchers);
    if (matcher && configFile && matcher.ignores(relative(dirname(configFile), path))) continue;
    const { ignore: _globs, ...settings } = config;
    const jobOptions: LintFileOptions = {
      ...settings,
      ...options.overrides,
      displayPath: displayPath(path, cwd),
      fix: options.fix === true,
    };
    jobs.push({ index: jobs.length, path, options: jobOptions });
  }
  return jobs;
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
  // Sized on the paths given (ignored files are few), so the workers load while configurations resolve.
  const workers = startWorkers(poolSize(paths.length, options.concurrency));
  try {
    return await runJobs(jobsFor(paths, cwd, options), workers);
  } finally {
    await stopWorkers(workers);
  }
}
