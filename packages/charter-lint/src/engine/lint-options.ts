import type { CharterLintConfig } from '../config/config-types.js';
import type { CharterRule } from '../rules/define-rule.js';

/**
 * What `lintText` needs: the settings of a configuration file (its `ignore`
 * globs aside, which only matter when finding files) and where the text
 * comes from.
 */
export interface LintOptions extends Omit<CharterLintConfig, 'ignore'> {
  /** The path shown in the report (default `<text>`). */
  filePath?: string;
  /** The rules to run (default: the catalogue). Tests and embedders pass their own. */
  catalogue?: readonly CharterRule<never>[];
  /**
   * Skip markdownlint, with a `file-too-complex` warning giving this reason
   * (`over 60 s`): the watchdog's second attempt at a file that ran out of time.
   */
  markdownlintSkipped?: string;
  /**
   * Also gather what the project rules need of the text (`LintResult.facts`):
   * the command and the language server ask, a single text need not.
   */
  collectFacts?: boolean;
}
