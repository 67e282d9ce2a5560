import type { Configuration, LintError, Rule } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import type { VFile } from 'vfile';
import type { MarkdownlintParse } from '../parse/shared/tree-from-markdownlint.js';
import { setSeverity, type ReportedSeverity } from '../report/severity.js';
import { PROSE_HTML_ELEMENTS } from './prose-config.js';

export const MARKDOWNLINT_SOURCE = 'markdownlint';

/** The name of the rule that hands markdownlint's parse to charter-lint; it reports nothing. */
const SHARED_PARSE_RULE = 'charter-lint-shared-parse';

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

/** markdownlint's findings on a text, and its parse of it when the run made one. */
export interface MarkdownlintRun {
  errors: LintError[];
  parse?: MarkdownlintParse;
}

/**
 * Runs markdownlint on `text` with `config`. With `keepParse` (the engine's
 * case), a custom rule that reports nothing keeps the token tree markdownlint
 * parsed, for the charter rules to share (see `treeFromMarkdownlint`);
 * without it, markdownlint runs its built-in rules only, as fast as it can.
 */
export function runMarkdownlint(
  text: string,
  config: Configuration,
  { keepParse = true } = {},
): MarkdownlintRun {
  let parse: MarkdownlintParse | undefined;
  const sharedParse: Rule = {
    names: [SHARED_PARSE_RULE],
    description: "Shares markdownlint's parse with the charter rules",
    tags: ['charter-lint'],
    parser: 'micromark',
    function: (params) => {
      parse = { tokens: params.parsers.micromark.tokens, frontMatterLines: params.frontMatterLines };
    },
  };
  const results = lint({
    strings: { text },
    config: keepParse
      ? { ...allowAlimaElements(config, text), [SHARED_PARSE_RULE]: true }
      : allowAlimaElements(config, text),
    customRules: keepParse ? [sharedParse] : [],
    handleRuleFailures: true,
  });
  return { errors: results.text ?? [], parse };
}

/** Adds markdownlint's findings on `text` to `file`, as warnings unless `config` says error. */
export function addMarkdownlintMessages(
  file: VFile,
  text: string,
  errors: readonly LintError[],
  config: Configuration,
): void {
  let lines: string[] | undefined;
  for (const error of errors) {
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
}
