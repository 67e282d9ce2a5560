import { lintTextWithFixes } from '../engine/lint-text.js';
import type { LintOptions } from '../engine/lint-options.js';
import type { FileReport } from '../engine/report-types.js';
import type { FileFacts } from '../project/facts.js';
import { applyFixes } from './apply-fixes.js';

/** Passes before giving up on fixes that keep producing fixes (as ESLint). */
const MAX_PASSES = 10;

export interface FixedText {
  /** The fixed text (the source itself when nothing applied). */
  output: string;
  /** The report for `output`: what is left to do by hand. */
  report: FileReport;
  /** Fixes applied over all passes. */
  applied: number;
  /** With `collectFacts`: the project rules' facts of `output`. */
  facts?: FileFacts;
}

/**
 * Lints, applies the unambiguous fixes, and lints again until no fix is
 * left, so overlapping fixes get their turn and the result is what a second
 * `--fix` run would leave unchanged. Browser-safe.
 */
export async function fixText(source: string, options: LintOptions = {}): Promise<FixedText> {
  let output = source;
  let applied = 0;
  let result = await lintTextWithFixes(output, options);
  for (let pass = 0; pass < MAX_PASSES && result.fixes.length > 0; pass++) {
    const fixed = applyFixes(output, result.fixes);
    if (fixed.applied === 0 || fixed.output === output) break;
    output = fixed.output;
    applied += fixed.applied;
    result = await lintTextWithFixes(output, options);
  }
  return { output, report: result.report, applied, ...(result.facts ? { facts: result.facts } : {}) };
}
