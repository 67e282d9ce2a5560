import type { ReportedSeverity } from '../report/severity.js';

/**
 * One finding in the JSON report: the public contract CI scripts and the
 * Storybook checker read (see docs/architecture.md).
 */
export interface ReportMessage {
  /** A charter rule id (`sourced-figures`) or a markdownlint id (`MD045`). */
  ruleId: string;
  severity: ReportedSeverity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  actual?: string;
  expected?: string[];
  /**
   * Present when the file could not be linted (unreadable, or an internal
   * failure): the command then exits 2.
   */
  fatal?: true;
}

/** A finding a suppression comment silenced (ESLint's shape), with the comment's reason. */
export interface SuppressedReportMessage extends ReportMessage {
  suppressions: { kind: 'directive'; justification: string }[];
}

/** The findings for one file. */
export interface FileReport {
  filePath: string;
  messages: ReportMessage[];
  errorCount: number;
  warningCount: number;
  /**
   * Findings silenced by `<!-- charter-lint … -->` comments, when any: in the
   * JSON report with `--report-suppressed`, in SARIF always.
   */
  suppressedMessages?: SuppressedReportMessage[];
  /** With `--fix-dry-run`: what `--fix` would change, as a unified diff (absent when nothing). */
  fixDiff?: string;
}
