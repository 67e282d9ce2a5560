import {
  ChangedOnDiskError,
  readSnapshot,
  ReadOnlyFileError,
  writeIfUnchanged,
  type ReadSnapshot,
} from '../fix/write-if-unchanged.js';
import { ConfigError, DEFAULT_MAX_FILE_SIZE } from '../config/config-types.js';
import { fixText } from '../fix/fix-text.js';
import { decodeFile, encodeFile } from './decode-file.js';
import { isDocxPath } from '../docx/docx-path.js';
import { lintDocxWithFacts } from '../docx/lint-docx.js';
import { describeFileError } from './file-error.js';
import { unifiedDiff } from '../text/unified-diff.js';
import type { LintOptions } from './lint-options.js';
import { INTERNAL_ERROR_RULE_ID, lintTextWithFixes, textFacts } from './lint-text.js';
import type { FileFacts } from '../project/facts.js';
import type { FileReport, ReportMessage } from './report-types.js';
import { fileReport } from './to-report.js';
import { isHtmlPath } from '../parse/html/html-path.js';
import { takesPartInProject } from '../project/takes-part.js';

/** Ids of what the linter says about a file itself, rather than its content. */
export const FILE_CHECKS = {
  unreadable: 'file-unreadable',
  binary: 'file-binary',
  encoding: 'file-encoding',
  changedOnDisk: 'file-changed',
  unwritable: 'file-unwritable',
  tooLarge: 'file-too-large',
  notFixed: 'file-not-fixed',
} as const;

/** Options of `lintFile`; `catalogue` only in-process (worker jobs are plain data). */
export interface LintFileOptions extends Omit<LintOptions, 'filePath'> {
  /** The path as reports show it (default: the path read). */
  displayPath?: string;
  /** Apply unambiguous fixes and write the file back, or (`dry-run`) only report them as a diff. */
  fix?: boolean | 'dry-run';
  /**
   * Only gather the project rules' facts, without linting: a draft the
   * project rules compare with the ones linted (`--changed-since`).
   */
  factsOnly?: boolean;
}

/** A file's report, and with `collectFacts` what the project rules need of it. */
export interface LintedFile {
  report: FileReport;
  facts?: FileFacts;
}

const withFacts = (report: FileReport, facts: FileFacts | undefined): LintedFile =>
  facts === undefined ? { report } : { report, facts };

function fileMessage(
  ruleId: string,
  severity: ReportMessage['severity'],
  message: string,
  fatal = false,
): ReportMessage {
  return {
    ruleId,
    severity,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message,
    ...(fatal ? { fatal: true as const } : {}),
  };
}

/** The file's report after a failed write: why nothing was written, then its findings as they stand. */
async function notWritten(
  error: unknown,
  displayPath: string,
  text: string,
  settings: LintFileOptions,
): Promise<LintedFile> {
  const [ruleId, reason] =
    error instanceof ChangedOnDiskError
      ? [FILE_CHECKS.changedOnDisk, error.message]
      : error instanceof ReadOnlyFileError
        ? [FILE_CHECKS.unwritable, error.message]
        : [
            FILE_CHECKS.unwritable,
            `Cannot write the fixed file (${describeFileError(error)}); it was left unchanged.`,
          ];
  const { report, facts } = await lintTextWithFixes(text, settings);
  return withFacts(
    fileReport(displayPath, [fileMessage(ruleId, 'error', reason, true), ...report.messages]),
    facts,
  );
}

async function lintContent(
  path: string,
  displayPath: string,
  snapshot: ReadSnapshot,
  options: LintFileOptions,
): Promise<LintedFile> {
  const {
    fix,
    displayPath: _shown,
    factsOnly,
    maxFileSize = DEFAULT_MAX_FILE_SIZE,
    ...lintOptions
  } = options;
  const settings = { ...lintOptions, filePath: displayPath };
  // A Word document's size is mostly its pictures, which are never unzipped: the limit applies to its text.
  if (isDocxPath(path))
    return lintWordDocument(snapshot.content, { ...settings, maxFileSize }, Boolean(fix), Boolean(factsOnly));
  if (snapshot.content.length > maxFileSize) {
    return withFacts(
      fileReport(displayPath, [
        fileMessage(
          FILE_CHECKS.tooLarge,
          'warning',
          `File too large to lint: ${snapshot.content.length} bytes, over the limit of ${maxFileSize} (raise it with --max-file-size or "maxFileSize").`,
        ),
      ]),
      undefined,
    );
  }
  const decoded = decodeFile(snapshot.content);
  if (decoded.kind === 'binary') {
    return {
      report: fileReport(displayPath, [
        fileMessage(FILE_CHECKS.binary, 'warning', 'Binary file (it contains NUL bytes): not linted.'),
      ]),
    };
  }
  const { text } = decoded;
  // Facts no project rule could use are not gathered (nor, for a facts-only draft, is it parsed).
  // A Word draft returned above: its scope is in its properties, which only reading it gives.
  if (settings.collectFacts && !takesPartInProject(path, text, settings.figures?.registry))
    settings.collectFacts = false;
  if (factsOnly)
    return withFacts(
      fileReport(displayPath, []),
      settings.collectFacts ? await textFacts(text, settings) : undefined,
    );
  if (decoded.kind === 'invalid') {
    const { report, facts } = await lintTextWithFixes(text, settings);
    const encoding: ReportMessage = {
      ...fileMessage(
        FILE_CHECKS.encoding,
        'warning',
        'Invalid UTF-8: bad bytes read as \uFFFD; --fix leaves this file alone. Save it as UTF-8.',
      ),
      ...decoded.invalidAt,
    };
    return withFacts(fileReport(displayPath, [encoding, ...report.messages]), facts);
  }
  if (!fix) return lintTextWithFixes(text, settings);
  // An edit in a page could land in its markup, and the page is often built from a source elsewhere: HTML is never written.
  if (isHtmlPath(path)) {
    const reason = `Not fixed: --fix edits Markdown only and never rewrites an HTML page (${displayPath}); make these changes where the page is written (its Markdown source, the CMS).`;
    const { report, facts } = await lintTextWithFixes(text, settings);
    return withFacts(notFixed(displayPath, report, reason), facts);
  }
  const fixed = await fixText(text, settings);
  if (fix === 'dry-run') {
    // The findings of the file as it is: nothing is written.
    const { report, facts } = fixed.output === text ? fixed : await lintTextWithFixes(text, settings);
    const diff = unifiedDiff(displayPath, text, fixed.output);
    return withFacts(diff === '' ? report : { ...report, fixDiff: diff }, facts);
  }
  if (fixed.output === text) return withFacts(fixed.report, fixed.facts);
  try {
    writeIfUnchanged(path, snapshot, encodeFile(fixed.output, decoded));
  } catch (error) {
    return notWritten(error, displayPath, text, settings);
  }
  return withFacts(fixed.report, fixed.facts);
}

/**
 * A report under `--fix` for a file it never writes (an HTML page, a Word
 * document): its findings, and, when it has some, why none was fixed. A
 * warning, not a failure: the other files of the run are fixed as usual.
 */
function notFixed(displayPath: string, report: FileReport, reason: string): FileReport {
  if (report.messages.length === 0) return report;
  return fileReport(displayPath, [fileMessage(FILE_CHECKS.notFixed, 'warning', reason), ...report.messages]);
}

/**
 * A Word document, linted from its bytes (with `factsOnly`, only its facts
 * are kept). `--fix` (and its dry run) never writes it: Word's XML is not
 * the text the fixes are offsets into.
 */
async function lintWordDocument(
  bytes: Uint8Array,
  settings: LintOptions,
  fix: boolean,
  factsOnly: boolean,
): Promise<LintedFile> {
  const { report, facts } = await lintDocxWithFacts(bytes, settings);
  const displayPath = settings.filePath ?? report.filePath;
  if (factsOnly) return withFacts(fileReport(displayPath, []), facts);
  if (!fix) return withFacts(report, facts);
  return withFacts(
    notFixed(
      displayPath,
      report,
      `Not fixed: ${displayPath} is a Word document and --fix edits Markdown only; nothing was written. Make these changes in Word.`,
    ),
    facts,
  );
}

/** A report for a file whose linting failed in an unexpected way: fatal, one line, no stack. */
function internalFailure(displayPath: string, error: unknown): FileReport {
  return fileReport(displayPath, [
    fileMessage(
      INTERNAL_ERROR_RULE_ID,
      'error',
      `Internal error while linting this file: ${describeFileError(error)}`,
      true,
    ),
  ]);
}

/**
 * Lints one file from disk (and fixes it with `fix`). Never throws for the
 * file's sake: an unreadable, binary or mis-encoded file, a file edited or
 * removed while being fixed, a file that cannot be written, and any
 * internal failure become a message in its report (fatal where the file
 * could not be checked or fixed), without a stack trace. Invalid options
 * throw a `ConfigError`.
 */
export async function lintFile(path: string, options: LintFileOptions = {}): Promise<FileReport> {
  return (await lintFileWithFacts(path, options)).report;
}

/** `lintFile`, with the project rules' facts of the file when `collectFacts` asks (and it could be read). */
export async function lintFileWithFacts(path: string, options: LintFileOptions = {}): Promise<LintedFile> {
  const displayPath = options.displayPath ?? path;
  let snapshot: ReadSnapshot;
  try {
    snapshot = readSnapshot(path);
  } catch (error) {
    return {
      report: fileReport(displayPath, [
        fileMessage(
          FILE_CHECKS.unreadable,
          'error',
          `Cannot read the file (${describeFileError(error)}).`,
          true,
        ),
      ]),
    };
  }
  try {
    return await lintContent(path, displayPath, snapshot, options);
  } catch (error) {
    // Invalid options are the caller's mistake, not the file's: they still throw.
    if (error instanceof ConfigError) throw error;
    return { report: internalFailure(displayPath, error) };
  }
}
