import type { Root } from 'mdast';
import type { Configuration } from 'markdownlint';
import type { VFile } from 'vfile';
import { mergeMarkdownlint } from '../config/merge-config.js';
import { proseConfig } from './prose-config.js';
import { addMarkdownlintMessages, runMarkdownlint } from './run-markdownlint.js';

export { MARKDOWNLINT_SOURCE } from './run-markdownlint.js';

export { MARKDOWNLINT_RULE_IDS } from './known-rules.js';

/**
 * The prose defaults with a writer's overrides on top, rule by rule (an
 * override replaces that rule's whole setting, as in a `.markdownlint.json`);
 * overrides with `"default": false` replace the defaults.
 */
export function markdownlintConfig(overrides: Configuration = {}): Configuration {
  return mergeMarkdownlint(proseConfig, overrides) as Configuration;
}

export interface MarkdownlintOptions {
  /** A complete markdownlint configuration; see `markdownlintConfig()`. */
  config?: Configuration;
}

/**
 * Runs markdownlint on the file's text inside a unified run, so its findings
 * share the report, the sorting and the suppression comments. (charter-lint's
 * own engine runs markdownlint before its rules instead, to share the parse.)
 */
export function remarkMarkdownlint(options: MarkdownlintOptions = {}) {
  const config = options.config ?? proseConfig;
  return (_tree: Root, file: VFile): void => {
    const text = String(file.value ?? '');
    addMarkdownlintMessages(file, text, runMarkdownlint(text, config, { keepParse: false }).errors, config);
  };
}
