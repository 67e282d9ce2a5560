import type { ReportedSeverity } from '../report/severity.js';

/** Where each rule's documentation lives; messages link to it. */
export const DOCS_BASE_URL =
  'https://github.com/alima-ngo/toolkit/blob/main/packages/charter-lint/docs/rules/';

/** A Markdown example in a rule's documentation, run as a test so the docs stay true. */
export interface RuleExample {
  /** What the example shows, one line. */
  title: string;
  markdown: string;
  /** How many messages the rule raises on it: 0 for a good example. */
  messages: number;
  /**
   * For a project rule: the other drafts of the set (path → Markdown), and
   * `figures.yml` when the example has a registry. `markdown` is `draft.md`
   * unless `path` names it.
   */
  project?: { path?: string; files?: Record<string, string>; registry?: string };
}

/**
 * One rule option, as the JSON Schema subset the config check and the
 * shipped `schema/charter-lintrc.schema.json` both read.
 */
export interface OptionSchema {
  type: 'string' | 'array';
  /** For arrays: the schema of each item. */
  items?: { type: 'string' };
  /** For strings: the values allowed. */
  enum?: readonly string[];
  /** One line for editors' completion. */
  description: string;
}

/**
 * What the catalogue knows of a rule: the linter, its docs pages, the
 * Storybook rule book and the components' dev warnings all read this.
 */
export interface RuleMeta {
  /** Stable public id, used in config, suppression comments and reports. */
  id: string;
  /** One line: what the rule asks of the writer. */
  summary: string;
  /** Why the rule exists, in plain language for writers (Markdown). */
  rationale: string;
  /**
   * The summary and rationale in French, for the rule book's French readers (Markdown).
   * Every rule of the catalogue has one (the Storybook's tests check); rules written
   * for a project's own use may leave it out.
   */
  fr?: { summary: string; rationale: string };
  /** Severity in the recommended preset. */
  defaultSeverity: ReportedSeverity;
  /** Whether `--fix` can resolve some of its findings. */
  fixable: boolean;
  /** Bad and good examples, each tested. */
  examples: RuleExample[];
  /** The options `[severity, options]` may set; a rule without takes none. */
  options?: Record<string, OptionSchema>;
  /**
   * markdownlint rules that report the same problem: where both report on
   * one line, only this rule's finding is kept.
   */
  supersedes?: readonly string[];
  /**
   * A project rule: it compares drafts with each other and with the figure
   * registry, so it runs in the command and the language server, not on a
   * single text.
   */
  project?: boolean;
}

export function ruleUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
