import type { MarkdownlintRules } from './compact-schema.js';
import data from './markdownlint-rules.json' with { type: 'json' };

/** markdownlint's rules, aliases and tags (generated from its configuration schema). */
export const markdownlintRules = data as MarkdownlintRules;

/** markdownlint's rule ids (`MD001` …), for suppression comments and config checks. */
export const MARKDOWNLINT_RULE_IDS: readonly string[] = Object.keys(markdownlintRules.rules);

const byName = new Map<string, string>();
for (const [id, rule] of Object.entries(markdownlintRules.rules)) {
  byName.set(id.toLowerCase(), id);
  for (const alias of rule.aliases) byName.set(alias.toLowerCase(), id);
}

/** The rule id a configuration key names (`MD033`, `md033`, `no-inline-html`), or `undefined`. */
export const markdownlintRuleId = (name: string): string | undefined => byName.get(name.toLowerCase());
