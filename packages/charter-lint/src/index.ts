export { default as preset } from './preset.js';
export { rules, ruleIds, projectRules, ruleMetas } from './rules/catalogue.js';
export type { ProjectRule } from './rules/define-project-rule.js';
// The figure registry's shape and look-up (browser-safe); loading a file is in `./node`.
export { findFigure, entriesFor, sourceName } from './registry/figure-registry.js';
export type { FigureEntry, FigureRegistry } from './registry/figure-registry.js';
export { registrySchema, REGISTRY_SCHEMA_URL } from './registry/registry-schema.js';
export { figureValue, sameFigure } from './figures/figure-value.js';
export { registryUses } from './project/registry-uses.js';
export type { FigureUse } from './project/registry-uses.js';
export type { FigureValue } from './figures/figure-value.js';
export { defineRule, SOURCE } from './rules/define-rule.js';
export type { CharterRule, RuleConfig } from './rules/define-rule.js';
export type { RuleMeta, RuleExample } from './rules/rule-meta.js';
export { ruleUrl } from './rules/rule-meta.js';
export { createParser } from './parse/processor.js';
export { remarkCharterSyntax } from './parse/syntax.js';
export { report } from './report/finding.js';
export type { Finding, Fix, CharterMessage } from './report/finding.js';
export { SEVERITIES, parseSeverity, severityOf } from './report/severity.js';
export type { Severity, ReportedSeverity } from './report/severity.js';
export { rulePage } from './docs/rule-page.js';
// Engine (browser-safe: the Storybook live checker bundles it). Node file I/O is in `./node`.
export { lintText, lintTextWithFixes } from './engine/lint-text.js';
export type { LintResult } from './engine/lint-text.js';
// Word documents (the checker lints a dropped .docx): bytes in, the same report as for Markdown.
export { lintDocx } from './docx/lint-docx.js';
export { isDocxPath } from './docx/docx-path.js';
export type { LintOptions } from './engine/lint-options.js';
export type { FileReport, ReportMessage, SuppressedReportMessage } from './engine/report-types.js';
export { fixText } from './fix/fix-text.js';
export type { FixedText } from './fix/fix-text.js';
export { applyFixes } from './fix/apply-fixes.js';
export { validateConfig } from './config/validate-config.js';
export { validateMarkdownlint } from './config/validate-markdownlint.js';
export { configSchema, CONFIG_SCHEMA_URL } from './config/config-schema.js';
export { ConfigError, CONFIG_KEYS } from './config/config-types.js';
export type { CharterLintConfig, FiguresConfig, RuleSetting } from './config/config-types.js';
export { LANGS } from './config/langs.js';
export type { Lang } from './config/langs.js';
export { proseConfig } from './markdownlint/prose-config.js';
export {
  remarkMarkdownlint,
  markdownlintConfig,
  MARKDOWNLINT_RULE_IDS,
} from './markdownlint/markdownlint-plugin.js';
export { remarkCharterSuppression, SUPPRESSION_RULE_ID } from './suppression/message-control.js';
// Browser-safe: the Storybook checker's "ignore here" inserts the same comment as the language server's.
export { ignoreInsertion, ignoreComment, REASON_PLACEHOLDER } from './lsp/ignore-comment.js';
export { reporters, FORMAT_NAMES } from './reporters/index.js';
export type { FormatName } from './reporters/index.js';
export type { Reporter, ReporterContext } from './reporters/reporter.js';
export { charterLanguage, createCharterLanguage } from './rules/charter-language.js';
export type { CharterLanguageOptions } from './rules/charter-language.js';
export { lexicons, compiledLexicon } from './lexicon/index.js';
export { expandPattern } from './lexicon/expand.js';
export { compileLexicon } from './lexicon/compile.js';
export { validateLexicon, LexiconError } from './lexicon/validate.js';
export { lexiconPage } from './lexicon/page.js';
export { CATEGORIES } from './lexicon/types.js';
export type { Category, Lexicon, LexiconEntry, EntryContext, CategoryText } from './lexicon/types.js';
export { sourcedFigures } from './rules/sourced-figures.js';
export type { SourcedFiguresOptions } from './rules/sourced-figures.js';
export { findStatistics } from './figures/statistics.js';
export type { Statistic } from './figures/statistics.js';
export { sentences, NOTE_MARK } from './text/sentences.js';
export { textLang } from './text/language.js';
export type { TextRange } from './text/sentences.js';
// The document models the rules read, for tools that turn a draft into a page (@alima/render).
export { footnoteModel } from './footnotes/footnote-model.js';
export type {
  FootnoteModel,
  FootnoteReference,
  FootnoteDefinition,
  FootnoteStyle,
  MarkerlessNote,
} from './footnotes/footnote.js';
export { noteParts } from './footnotes/note-parts.js';
export type { NoteParts } from './footnotes/note-parts.js';
export { imageModel } from './images/image-model.js';
export type { Image, Credit, CreditPlace, ImageKind } from './images/image.js';
export { readFigure } from './figures/read-figure.js';
export { frontMatterData } from './parse/front-matter-data.js';
export { langFromTag } from './text/language.js';
export type { ReadFigure } from './figures/read-figure.js';
