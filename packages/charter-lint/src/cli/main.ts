import { realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../config/config-types.js';
import type { FileReport } from '../engine/report-types.js';
import { cacheFilePath } from '../engine/lint-cache.js';
import { displayPath, lintFiles, lintStdin, type LintFilesOptions } from '../engine/lint-files.js';
import { shouldColor } from '../reporters/colors.js';
import { printable } from '../reporters/printable.js';
import { projectRules, rules } from '../rules/catalogue.js';
import { parseCliArgs, UsageError, type CliArgs } from './args.js';
import { changedLines, onChangedLines } from './changed-lines.js';
import { expandPaths } from './expand-paths.js';
import { HELP } from './help.js';
import { packageVersion } from './version.js';

/** Where the command reads and writes; tests pass their own. */
export interface CliEnvironment {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Reads all of stdin, for the path `-` (default: the process's stdin). */
  stdin?: () => Promise<string>;
}

/** The path that stands for stdin. */
export const STDIN_PATH = '-';

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const realPath = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

function onlyErrors(report: FileReport): FileReport {
  const messages = report.messages.filter((message) => message.severity === 'error');
  return { ...report, messages, warningCount: 0 };
}

function exitCode(reports: readonly FileReport[], args: CliArgs, failed: boolean): number {
  if (failed || reports.some((report) => report.messages.some((message) => message.fatal)))
    return EXIT.failure;
  const errors = reports.reduce((sum, report) => sum + report.errorCount, 0);
  const warnings = reports.reduce((sum, report) => sum + report.warningCount, 0);
  if (errors > 0 || (args.maxWarnings !== undefined && warnings > args.maxWarnings)) return EXIT.findings;
  return EXIT.clean;
}

function writeOutputFile(path: string, output: string): void {
  try {
    writeFileSync(path, output);
  } catch (error) {
    throw new UsageError(
      `--output-file ${path} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
}

/** Reports files to lint and names the arguments that matched nothing (exit 2 unless allowed). */
async function filesToLint(
  args: CliArgs,
  io: CliEnvironment,
): Promise<{ files: string[]; unmatched: boolean }> {
  const paths = args.paths.filter((path) => path !== STDIN_PATH);
  if (paths.length === 0 && args.paths.length > 0) return { files: [], unmatched: false };
  const { files, missing, empty, unreadableFolders, skippedDotFolders } = await expandPaths(paths, io.cwd);
  const shown = (path: string) => printable(displayPath(path, io.cwd));
  for (const { folder, code } of unreadableFolders) {
    io.stderr.write(
      `charter-lint: ${shown(folder)}: folder cannot be read (${code}); its files were not checked\n`,
    );
  }
  if (args.verbose) {
    for (const folder of skippedDotFolders) {
      io.stderr.write(`charter-lint: ${shown(folder)}: dot-folder skipped (name it to check it)\n`);
    }
  }
  if (!args.errorOnUnmatchedPattern) return { files, unmatched: false };
  const hint = ' (--no-error-on-unmatched-pattern allows this)';
  for (const path of missing)
    io.stderr.write(`charter-lint: ${printable(path)}: no such file or folder${hint}\n`);
  for (const pattern of empty)
    io.stderr.write(`charter-lint: ${printable(pattern)}: no Markdown files found${hint}\n`);
  return { files, unmatched: missing.length + empty.length > 0 };
}

async function lintAll(args: CliArgs, io: CliEnvironment, files: string[]): Promise<FileReport[]> {
  const overrides: LintFilesOptions['overrides'] = {};
  if (args.lang !== undefined) overrides.lang = args.lang;
  if (!args.markdownlint) overrides.markdownlint = false;
  if (args.maxFileSize !== undefined) overrides.maxFileSize = args.maxFileSize;
  const options: LintFilesOptions = {
    cwd: io.cwd,
    overrides,
    fix: args.fixDryRun ? 'dry-run' : args.fix,
    concurrency: args.concurrency,
    ...(args.fileTimeout === undefined ? {} : { fileTimeout: args.fileTimeout }),
    notice: (message) => io.stderr.write(`charter-lint: ${message}\n`),
  };
  if (args.config !== undefined) options.configFile = args.config;
  if (args.cache) options.cacheFile = cacheFilePath(args.cacheLocation, io.cwd);
  if (args.changedSince === undefined) {
    const stdin = args.paths.includes(STDIN_PATH)
      ? lintStdin(await (io.stdin ?? readProcessStdin)(), args.stdinFilename ?? '<stdin>', options)
      : [];
    return [...(await lintFiles(files, options)), ...(await stdin)];
  }
  const changed = changedLines(args.changedSince, io.cwd);
  const touched = files.filter((file) => changed.has(realPath(file)));
  // The project rules compare the changed drafts with all the others, which are read, not linted.
  const reports = await lintFiles(touched, { ...options, projectFiles: files });
  return reports.map((report) =>
    onChangedLines(report, changed.get(realPath(resolve(io.cwd, report.filePath)))),
  );
}

async function run(args: CliArgs, io: CliEnvironment): Promise<number> {
  const { files, unmatched } = await filesToLint(args, io);
  // The reporters load while the workers lint: the main thread has nothing else to do then.
  const [linted, { reporters }] = await Promise.all([
    lintAll(args, io, files),
    import('../reporters/index.js'),
  ]);
  // Suppressed findings are in SARIF always (as dismissed results), elsewhere on request.
  let reports =
    args.reportSuppressed || args.format === 'sarif'
      ? linted
      : linted.map(({ suppressedMessages: _silenced, ...report }) => report);
  if (args.quiet) reports = reports.map(onlyErrors);
  const color = args.outputFile === undefined && shouldColor(io.env, io.stdout.isTTY === true);
  const output = reporters[args.format](reports, {
    color,
    version: packageVersion(),
    rules: [...rules, ...projectRules],
    cwd: io.cwd,
  });
  // A dry run prints a patch on stdout (`git apply` reads it), so the report goes to stderr.
  if (args.fixDryRun) io.stdout.write(reports.map((report) => report.fixDiff ?? '').join(''));
  if (args.outputFile !== undefined) writeOutputFile(resolve(io.cwd, args.outputFile), output);
  else if (args.fixDryRun) io.stderr.write(output);
  else io.stdout.write(output);
  const maxWarnings = args.maxWarnings;
  const code = exitCode(reports, args, unmatched);
  if (
    code === EXIT.findings &&
    maxWarnings !== undefined &&
    reports.every((report) => report.errorCount === 0)
  ) {
    io.stderr.write(`charter-lint: too many warnings (more than --max-warnings ${maxWarnings})\n`);
  }
  return code;
}

/**
 * The `charter-lint` command: parses `argv` (without node and the script),
 * lints, prints, and returns the exit code (0 clean, 1 findings, 2 failure).
 */
export async function main(argv: readonly string[], io: CliEnvironment): Promise<number> {
  const verbose = argv.includes('--verbose');
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.version) {
      io.stdout.write(args.help ? HELP : `${packageVersion()}\n`);
      return EXIT.clean;
    }
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`charter-lint: ${error.message}\n`);
    } else if (verbose) {
      io.stderr.write(
        `charter-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    } else {
      // A writer needs the sentence; a bug report, the stack (--verbose).
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`charter-lint: internal error: ${message.split('\n')[0]} (--verbose shows where)\n`);
    }
    return EXIT.failure;
  }
}
