import { VFile } from 'vfile';
import { setupFor } from '../engine/build-processor.js';
import { factsWithSuppressions } from '../engine/file-facts.js';
import { INTERNAL_ERROR_RULE_ID } from '../engine/lint-text.js';
import type { LintOptions } from '../engine/lint-options.js';
import type { FileReport, ReportMessage } from '../engine/report-types.js';
import { fileReport, toFileReport } from '../engine/to-report.js';
import { limitDepth } from '../parse/limit-depth.js';
import type { FileFacts } from '../project/facts.js';
import { suppressedMessages } from '../suppression/reasons.js';
import { DEFAULT_MAX_FILE_SIZE } from '../config/config-types.js';
import type { DocumentProperties } from './document-properties.js';
import { DocxError } from './docx-error.js';
import { docxText } from './docx-tree.js';
import { readDocx } from './read-docx.js';

/** The rule id of a `.docx` that is not a readable Word document (as for a file that cannot be read). */
export const DOCX_UNREADABLE_RULE_ID = 'file-unreadable';
/** The rule id of a document whose text is over `maxFileSize` (as for a file over it). */
const FILE_TOO_LARGE_RULE_ID = 'file-too-large';

function fatal(filePath: string, ruleId: string, message: string): FileReport {
  return fileReport(filePath, [
    { ruleId, severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message, fatal: true },
  ]);
}

/** A finding with the place Word shows appended: `… — in “In 2023, 45% of children…”`. */
function withPlace<Message extends ReportMessage>(message: Message, places: readonly string[]): Message {
  const place = places[message.line - 1];
  return place ? { ...message, message: `${message.message} — ${place}` } : message;
}

/**
 * Lints a Word document (`.docx` bytes) with every charter rule, the same
 * rule code as for Markdown, run on the document's text: one line per
 * paragraph (line N is paragraph N of the body, table cells included,
 * column C its C-th character), then the footnotes and endnotes Word cites,
 * written `[^1]: …` (see `docxText`). Each message ends with where the
 * paragraph is in Word: ` — in “In 2023, 45% of children…”`, or
 * ` — in footnote 1 “WHO 2021.”`. markdownlint does not run: a Word
 * document has no Markdown syntax.
 *
 * Browser-safe (the Storybook checker lints a dropped file with it). A file
 * that is not a readable `.docx` (not a zip, no Word document inside, bad
 * XML, over the unzipped-size cap) gives a fatal `file-unreadable` message;
 * invalid options throw a `ConfigError`, as `lintText` does. `maxFileSize`
 * (default 1 MB) bounds the document's text, not the file, which is mostly
 * pictures: over it, a `file-too-large` warning and nothing linted.
 */
export async function lintDocx(bytes: Uint8Array, options: LintOptions = {}): Promise<FileReport> {
  return (await lintDocxWithFacts(bytes, options)).report;
}

/**
 * `lintDocx`, and with `collectFacts` what the project rules need of the
 * document (its figures, notes and pictures, at their paragraphs), so a Word
 * draft is compared with its translation and the figure registry as a
 * Markdown one is. A Word document has no front matter: its `scope` and
 * `translationKey` come from its custom properties (see
 * `readDocumentProperties`); without a `translationKey`, translations pair
 * by file name and folder.
 */
export async function lintDocxWithFacts(
  bytes: Uint8Array,
  options: LintOptions = {},
): Promise<{ report: FileReport; facts?: FileFacts }> {
  const filePath = options.filePath ?? '<document.docx>';
  // First: invalid options throw a `ConfigError`, whatever the file.
  const { processor } = setupFor(options);
  let read: ReturnType<typeof docxText>;
  let properties: DocumentProperties;
  try {
    const document = readDocx(bytes);
    read = docxText(document);
    properties = document.properties;
  } catch (error) {
    if (error instanceof DocxError)
      return {
        report: fatal(filePath, DOCX_UNREADABLE_RULE_ID, `Cannot read this Word document: ${error.message}.`),
      };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      report: fatal(
        filePath,
        INTERNAL_ERROR_RULE_ID,
        `Internal error while reading this Word document: ${reason}`,
      ),
    };
  }
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (read.text.length > maxFileSize) {
    return {
      report: fileReport(filePath, [
        {
          ruleId: FILE_TOO_LARGE_RULE_ID,
          severity: 'warning',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: `Word document too large to lint: its text is ${read.text.length} characters, over the limit of ${maxFileSize} (raise it with --max-file-size or "maxFileSize").`,
        },
      ]),
    };
  }
  const file = new VFile({ path: filePath, value: read.text });
  let facts: FileFacts | undefined;
  try {
    await processor.run(limitDepth(read.tree), file);
    if (options.collectFacts) facts = { ...factsWithSuppressions(read.tree, file, options), ...properties };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { report: fatal(filePath, INTERNAL_ERROR_RULE_ID, `Internal error while linting: ${reason}`) };
  }
  const report = toFileReport(filePath, file.messages, suppressedMessages(file));
  return {
    report: {
      ...report,
      messages: report.messages.map((message) => withPlace(message, read.places)),
      ...(report.suppressedMessages
        ? { suppressedMessages: report.suppressedMessages.map((message) => withPlace(message, read.places)) }
        : {}),
    },
    ...(facts === undefined ? {} : { facts }),
  };
}
