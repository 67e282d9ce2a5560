import type { Root } from 'mdast';
import type { Configuration, LintError } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import type { VFile } from 'vfile';
import { setSeverity, type ReportedSeverity } from '../report/severity.js';
import { PROSE_HTML_ELEMENTS, proseConfig } from './prose-config.js';

export const MARKDOWNLINT_SOURCE = 'markdownlint';

/** markdownlint 0.40's rule ids, for suppression comments (`<!-- charter-lint disable MD033 -->`). */
export const MARKDOWNLINT_RULE_IDS: readonly string[] = Array.from(
  { length: 60 },
  (_, index) => `MD${String(index + 1).padStart(3, '0')}`,
);

/**
 * The prose defaults with a writer's overrides on top, rule by rule (an
 * override replaces that rule's whole setting, as in a `.markdownlint.json`).
 */
export function markdownlintConfig(overrides: Configuration = {}): Configuration {
  return { ...proseConfig, ...overrides };
}

type RuleValue = Configuration[string];

/**
 * markdownlint calls everything an error unless told otherwise; in a charter
 * report its findings are hygiene, so warnings, unless the writer asked for
 * `"error"` explicitly (`"MD045": "error"` or `{ "severity": "error" }`).
 */
function severityFor(config: Configuration, ruleNames: readonly string[]): ReportedSeverity {
  for (const name of ruleNames) {
    const value: RuleValue = config[name] ?? config[name.toUpperCase()];
    if (value === 'error') return 'error';
    if (typeof value === 'object' && value !== null && (value as { severity?: unknown }).severity === 'error')
      return 'error';
  }
  return 'warning';
}

/** MD033 takes a fixed list; every `alima-*` element a draft uses is allowed too. */
function allowAlimaElements(config: Configuration, text: string): Configuration {
  const setting = config.MD033 ?? config['no-inline-html'];
  if (setting === false || setting === undefined || !text.includes('<alima-')) return config;
  const own = new Set(text.match(/(?<=<)alima-[a-z0-9-]+/gi) ?? []);
  const object = typeof setting === 'object' && setting !== null ? (setting as Record<string, unknown>) : {};
  const allowed = Array.isArray(object.allowed_elements)
    ? (object.allowed_elements as string[])
    : setting === true || setting === 'error' || setting === 'warning'
      ? []
      : [...PROSE_HTML_ELEMENTS];
  return { ...config, MD033: { ...object, allowed_elements: [...allowed, ...own] } };
}

function reasonOf(error: LintError): string {
  let reason = error.ruleDescription;
  if (error.errorDetail) reason += `: ${error.errorDetail}`;
  if (error.errorContext) reason += ` [Context: "${error.errorContext}"]`;
  return reason;
}

export interface MarkdownlintOptions {
  /** A complete markdownlint configuration; see `markdownlintConfig()`. */
  config?: Configuration;
}

/**
 * Runs markdownlint on the file's text inside the unified run, so its
 * findings share the report, the sorting and the suppression comments.
 */
export function remarkMarkdownlint(options: MarkdownlintOptions = {}) {
  const config = options.config ?? proseConfig;
  return (_tree: Root, file: VFile): void => {
    const text = String(file.value ?? '');
    const results = lint({
      strings: { text },
      config: allowAlimaElements(config, text),
      handleRuleFailures: true,
    });
    let lines: string[] | undefined;
    for (const error of results.text ?? []) {
      const [id = 'markdownlint'] = error.ruleNames;
      const line = error.lineNumber;
      const [column = 1, length] = error.errorRange ?? [];
      lines ??= text.split(/\r?\n|\r/);
      const endColumn = length === undefined ? (lines[line - 1]?.length ?? 0) + 1 : column + length;
      const message = file.message(reasonOf(error), {
        place: { start: { line, column }, end: { line, column: endColumn } },
        ruleId: id,
        source: MARKDOWNLINT_SOURCE,
      });
      if (error.ruleInformation) message.url = error.ruleInformation;
      setSeverity(message, severityFor(config, error.ruleNames));
    }
  };
}
