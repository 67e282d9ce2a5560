import type { Root } from 'mdast';
import type { LintError } from 'markdownlint';
import { VFile } from 'vfile';
import type { Fix, CharterMessage } from '../report/finding.js';
import { setSeverity } from '../report/severity.js';
import { addMarkdownlintMessages, runMarkdownlint } from '../markdownlint/run-markdownlint.js';
import { complexityOf } from '../parse/complexity.js';
import { limitDepth } from '../parse/limit-depth.js';
import { treeFromMarkdownlint } from '../parse/shared/tree-from-markdownlint.js';
import type { MdxSyntaxError } from '../parse/mdx-mask.js';
import { isMdxPath } from '../parse/mdx-path.js';
import { isHtmlPath } from '../parse/html/html-path.js';
import { MAX_HTML_NESTING } from '../parse/html/limit-nesting.js';
import { readHtml } from '../parse/html/read-html.js';
import type { FileFacts } from '../project/facts.js';
import { lineStarts } from '../parse/shared/line-starts.js';
import { suppressedMessages } from '../suppression/reasons.js';
import { setupFor } from './build-processor.js';
import { factsOf, factsWithSuppressions } from './file-facts.js';
import type { LintOptions } from './lint-options.js';
import type { FileReport } from './report-types.js';
import { fileReport, toFileReport } from './to-report.js';
import { TOO_COMPLEX_RULE_ID } from './watchdog.js';

export const INTERNAL_ERROR_RULE_ID = 'internal-error';
/** The rule id of an MDX file that is not valid MDX. */
export const MDX_SYNTAX_RULE_ID = 'mdx-syntax';

/** A file that is not valid MDX cannot be read; it gets the error alone, as a compiler would. */
function mdxSyntaxReport(filePath: string, error: MdxSyntaxError): FileReport {
  const { line, column } = error;
  return fileReport(filePath, [
    {
      ruleId: MDX_SYNTAX_RULE_ID,
      severity: 'error',
      line,
      column,
      endLine: line,
      endColumn: column + 1,
      message: `Not valid MDX: ${error.reason}`,
    },
  ]);
}

/** markdownlint's findings, without those that start inside masked MDX (they are about the mask). */
function withoutMasked(errors: LintError[], text: string, masked: readonly [number, number][]): LintError[] {
  if (masked.length === 0) return errors;
  const starts = lineStarts(text);
  return errors.filter((error) => {
    const offset = (starts[error.lineNumber - 1] ?? 0) + (error.errorRange?.[0] ?? 1) - 1;
    return !masked.some(([start, end]) => offset >= start && offset < end);
  });
}

export { TOO_COMPLEX_RULE_ID } from './watchdog.js';

/** A report and the unambiguous edits its findings carry, for `--fix`. */
export interface LintResult {
  report: FileReport;
  fixes: Fix[];
  /** With `collectFacts`: what the project rules need of this text. */
  facts?: FileFacts;
}

/** The text to read, an MDX file's code masked; `undefined` for invalid MDX. */
async function readableText(source: string, filePath: string) {
  if (!isMdxPath(filePath)) return { text: source, masked: [] as [number, number][] };
  // Loaded for MDX files only: the MDX parser (acorn included) is most of its weight.
  const { maskMdx } = await import('../parse/mdx-mask.js');
  const mdx = maskMdx(source);
  return 'text' in mdx ? { text: mdx.text, masked: mdx.ranges } : mdx;
}

/**
 * The facts the project rules need of a text, without linting it: for the
 * drafts `--changed-since` does not lint, which the project rules still
 * compare the changed ones with. `undefined` for invalid MDX.
 */
export async function textFacts(source: string, options: LintOptions = {}): Promise<FileFacts | undefined> {
  const filePath = options.filePath ?? '<text>';
  const readable = await readableText(source, filePath);
  if (!('text' in readable)) return undefined;
  const file = new VFile({ path: filePath, value: readable.text });
  const complexity = complexityOf(readable.text);
  const { processor } = setupFor(options);
  const tree =
    complexity?.defused === undefined ? processor.parse(file) : processor.parse(complexity.defused);
  return factsOf(limitDepth(tree), file, options);
}

/**
 * The rules' tree of an HTML page (`.html`, `.htm`): read with rehype-parse,
 * positions in the HTML; its `<html lang>` is the document's language.
 * markdownlint does not run: the page is not Markdown.
 */
function htmlTree(file: VFile, text: string): Root {
  const page = readHtml(text);
  if (page.lang !== undefined) (file.data as { lang?: string }).lang = page.lang;
  if (page.flattenedAt !== undefined) {
    const message = file.message(
      `Elements nested more than ${MAX_HTML_NESTING} deep: what is deeper was read as plain text.`,
      { place: { line: page.flattenedAt, column: 1 }, ruleId: TOO_COMPLEX_RULE_ID, source: 'charter-lint' },
    );
    setSeverity(message, 'warning');
  }
  return page.tree;
}

/**
 * Lints a draft: Markdown (markdownlint first, then every rule on one tree,
 * built from markdownlint's parse where it can be, so micromark reads the
 * text once) or, when `filePath` ends in `.html` or `.htm`, an HTML page
 * (every rule on its tree, see `htmlTree`); suppression comments applied,
 * one sorted report. HTML is never fixed: its result has no fixes.
 * Browser-safe. Throws a `ConfigError` for invalid options; a rule that
 * crashes becomes a fatal `internal-error` message instead.
 */
export async function lintTextWithFixes(source: string, options: LintOptions = {}): Promise<LintResult> {
  const filePath = options.filePath ?? '<text>';
  const { processor, markdownlint } = setupFor(options);
  const readable = await readableText(source, filePath);
  if (!('text' in readable)) return { report: mdxSyntaxReport(filePath, readable), fixes: [] };
  const { text, masked } = readable;
  const file = new VFile({ path: filePath, value: text });
  const html = isHtmlPath(filePath);
  // Shapes micromark and markdownlint take quadratic time on: markdownlint
  // is skipped, and our parser reads the text with their excess defused.
  // The watchdog skips it too on a file where it ran out of time. An HTML page
  // never goes through markdownlint or micromark.
  const skipped = options.markdownlintSkipped;
  const complexity = html
    ? undefined
    : (complexityOf(text) ?? (skipped === undefined ? undefined : { reason: skipped, line: 1 }));
  let facts: FileFacts | undefined;
  try {
    let tree: Root | undefined;
    if (html) {
      tree = htmlTree(file, text);
    } else if (markdownlint && complexity) {
      const message = file.message(`markdownlint skipped: file too complex (${complexity.reason}).`, {
        place: { line: complexity.line, column: 1 },
        ruleId: TOO_COMPLEX_RULE_ID,
        source: 'charter-lint',
      });
      setSeverity(message, 'warning');
    } else if (markdownlint) {
      const run = runMarkdownlint(text, markdownlint);
      addMarkdownlintMessages(file, text, withoutMasked(run.errors, text, masked), markdownlint);
      tree = run.parse && treeFromMarkdownlint(text, run.parse);
    }
    tree ??= complexity?.defused === undefined ? processor.parse(file) : processor.parse(complexity.defused);
    await processor.run(limitDepth(tree), file);
    if (options.collectFacts) facts = factsWithSuppressions(tree, file, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = file.message(`Internal error while linting: ${reason}`, {
      ruleId: INTERNAL_ERROR_RULE_ID,
    });
    setSeverity(message, 'error');
    const report = toFileReport(filePath, [message]);
    for (const reported of report.messages) reported.fatal = true;
    return { report, fixes: [] };
  }
  // Fixes on a defused text could carry its replacements into the file: none.
  // HTML is never fixed (see the README): an edit there could land in markup.
  const fixes =
    !html && complexity?.defused === undefined
      ? (file.messages as CharterMessage[]).flatMap((message) => (message.fix ? [message.fix] : []))
      : [];
  return {
    report: toFileReport(filePath, file.messages, suppressedMessages(file)),
    fixes,
    ...(facts === undefined ? {} : { facts }),
  };
}

/** Lints Markdown text and returns its report (see `lintTextWithFixes`). */
export async function lintText(source: string, options: LintOptions = {}): Promise<FileReport> {
  return (await lintTextWithFixes(source, options)).report;
}
