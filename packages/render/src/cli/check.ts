import { rules, type FileReport } from '@alima/charter-lint';
import { lintFiles } from '@alima/charter-lint/node';
import { reporters } from '@alima/charter-lint';
import type { Draft } from './drafts.js';

/**
 * `--check`: lints the drafts with charter-lint (their configuration files
 * found as the linter finds them) and prints the findings as
 * `charter-lint` prints them (its stylish report).
 */
export async function checkDrafts(
  drafts: readonly Draft[],
  cwd: string,
): Promise<{ report: string; errors: number }> {
  const reports: FileReport[] = await lintFiles(
    drafts.map((draft) => draft.path),
    { cwd, concurrency: 1 },
  );
  const errors = reports.reduce((sum, report) => sum + report.errorCount, 0);
  const report = reporters.stylish(reports, { color: false, version: '', rules, cwd });
  return { report, errors };
}
