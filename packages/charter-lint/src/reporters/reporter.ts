import type { FileReport } from '../engine/report-types.js';
import type { RuleMeta } from '../rules/rule-meta.js';

/** What a reporter may know beyond the reports. */
export interface ReporterContext {
  /** Whether to colour the output (stylish only). */
  color: boolean;
  /** The package version, for SARIF's tool description. */
  version: string;
  /** The rules of the run, for SARIF's rule descriptions. */
  rules: readonly { meta: RuleMeta }[];
  /**
   * The absolute folder report paths are relative to (the command's current
   * folder), so SARIF can give files outside it a URI relative to it too.
   */
  cwd?: string;
}

/** Turns the reports of a run into the text the command prints. */
export type Reporter = (reports: readonly FileReport[], context: ReporterContext) => string;
