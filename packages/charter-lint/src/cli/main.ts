import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../config/config-types.js';
import type { FileReport } from '../engine/report-types.js';
import { lintFiles, type LintFilesOptions } from '../engine/lint-files.js';
import { shouldColor } from '../reporters/colors.js';
import { rules } from '../rules/catalogue.js';
import { parseCliArgs, UsageError, type CliArgs } from './args.js';
import { expandPaths } from './expand-paths.js';
import { HELP } from './help.js';
import { packageVersion } from './version.js';

/** Where the command reads and writes; tests pass their own. */
export interface CliEnvironment {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

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

async function run(args: CliArgs, io: CliEnvironment): Promise<number> {
  const { files, missing, empty } = await expandPaths(args.paths, io.cwd);
  for (const path of missing) io.stderr.write(`charter-lint: ${path}: no such file or folder\n`);
  for (const pattern of empty) io.stderr.write(`charter-lint: ${pattern}: no Markdown files found\n`);
  const overrides: LintFilesOptions['overrides'] = {};
  if (args.lang !== undefined) overrides.lang = args.lang;
  if (!args.markdownlint) overrides.markdownlint = false;
  if (args.maxFileSize !== undefined) overrides.maxFileSize = args.maxFileSize;
  const options: LintFilesOptions = { cwd: io.cwd, overrides, fix: args.fix, concurrency: args.concurrency };
  if (args.config !== undefined) options.configFile = args.config;
  // The reporters load while the workers lint: the main thread has nothing else to do then.
  const [linted, { reporters }] = await Promise.all([
    lintFiles(files, options),
    import('../reporters/index.js'),
  ]);
  let reports = linted;
  if (args.quiet) reports = reports.map(onlyErrors);
  const color = args.outputFile === undefined && shouldColor(io.env, io.stdout.isTTY === true);
  const output = reporters[args.format](reports, { color, version: packageVersion(), rules });
  if (args.outputFile === undefined) io.stdout.write(output);
  else writeOutputFile(resolve(io.cwd, args.outputFile), output);
  const maxWarnings = args.maxWarnings;
  const code = exitCode(reports, args, missing.length > 0);
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
    } else {
      io.stderr.write(
        `charter-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    return EXIT.failure;
  }
}
