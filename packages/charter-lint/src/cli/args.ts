import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../config/langs.js';
import { DEFAULT_CACHE_LOCATION } from '../engine/lint-cache.js';
import { FORMAT_NAMES, type FormatName } from '../reporters/format-names.js';

/** The command's flags, as `node:util` parseArgs reads them. */
export const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  lang: { type: 'string' },
  markdownlint: { type: 'boolean', default: true },
  'output-file': { type: 'string', short: 'o' },
  concurrency: { type: 'string', default: 'auto' },
  verbose: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  'error-on-unmatched-pattern': { type: 'boolean', default: true },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string', default: DEFAULT_CACHE_LOCATION },
  'changed-since': { type: 'string' },
  'report-suppressed': { type: 'boolean', default: false },
  'max-file-size': { type: 'string' },
  'file-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export interface CliArgs {
  paths: string[];
  format: FormatName;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  /** Print what `--fix` would change as unified diffs, and write nothing. */
  fixDryRun: boolean;
  lang?: Lang;
  markdownlint: boolean;
  outputFile?: string;
  concurrency: number | 'auto';
  verbose: boolean;
  /** The path `-` (stdin) stands for: config lookup, language and the report. */
  stdinFilename?: string;
  errorOnUnmatchedPattern: boolean;
  cache: boolean;
  cacheLocation: string;
  changedSince?: string;
  reportSuppressed: boolean;
  maxFileSize?: number;
  /** Seconds one file may take before markdownlint is skipped on it (0: no watchdog). */
  fileTimeout?: number;
  help: boolean;
  version: boolean;
}

/** A mistake in the command line: exit 2 with this message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
}

function count(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} must be a whole number ≥ 0; got "${value}".`);
  return Number(value);
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--fixx'"; point at --help too.
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}. See charter-lint --help.`,
    );
  }
  const { values, positionals } = parsed;
  const args: CliArgs = {
    paths: positionals,
    format: oneOf('format', values.format, FORMAT_NAMES),
    quiet: values.quiet,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    markdownlint: values.markdownlint,
    concurrency: values.concurrency === 'auto' ? 'auto' : count('concurrency', values.concurrency),
    verbose: values.verbose,
    errorOnUnmatchedPattern: values['error-on-unmatched-pattern'],
    cache: values.cache,
    cacheLocation: values['cache-location'],
    reportSuppressed: values['report-suppressed'],
    help: values.help,
    version: values.version,
  };
  if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  if (values.config !== undefined) args.config = values.config;
  if (values['max-warnings'] !== undefined) args.maxWarnings = count('max-warnings', values['max-warnings']);
  if (values.lang !== undefined) args.lang = oneOf('lang', values.lang, LANGS);
  if (values['output-file'] !== undefined) args.outputFile = values['output-file'];
  if (values['stdin-filename'] !== undefined) args.stdinFilename = values['stdin-filename'];
  if (values['changed-since'] !== undefined) args.changedSince = values['changed-since'];
  if (args.paths.includes('-') && args.fix)
    throw new UsageError('--fix cannot write back to stdin; lint the file by its path instead.');
  if (args.paths.includes('-') && args.changedSince !== undefined)
    throw new UsageError('--changed-since reads files from git; it cannot be used with stdin (-).');
  if (values['max-file-size'] !== undefined) {
    args.maxFileSize = count('max-file-size', values['max-file-size']);
    if (args.maxFileSize === 0)
      throw new UsageError('--max-file-size must be a number of bytes above 0; got "0".');
  }
  if (values['file-timeout'] !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(values['file-timeout']))
      throw new UsageError(
        `--file-timeout must be a number of seconds ≥ 0; got "${values['file-timeout']}".`,
      );
    args.fileTimeout = Number(values['file-timeout']);
  }
  return args;
}
