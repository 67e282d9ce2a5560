import {
  ChangedOnDiskError,
  readSnapshot,
  writeIfUnchanged,
  type ReadSnapshot,
} from '../fix/write-if-unchanged.js';
import { DEFAULT_MAX_FILE_SIZE } from '../config/config-types.js';
import { fixText } from '../fix/fix-text.js';
import type { LintOptions } from './lint-options.js';
import { lintText } from './lint-text.js';
import type { FileReport, ReportMessage } from './report-types.js';
import { fileReport } from './to-report.js';

/** Ids of what the linter says about a file itself, rather than its content. */
export const FILE_CHECKS = {
  unreadable: 'file-unreadable',
  binary: 'file-binary',
  encoding: 'file-encoding',
  changedOnDisk: 'file-changed',
  tooLarge: 'file-too-large',
} as const;

const BOM = '\uFEFF';
/** As git: a NUL byte in the first 8000 bytes makes a file binary. */
const BINARY_SNIFF_BYTES = 8000;

/** Options of `lintFile`; `catalogue` only in-process (worker jobs are plain data). */
export interface LintFileOptions extends Omit<LintOptions, 'filePath'> {
  /** The path as reports show it (default: the path read). */
  displayPath?: string;
  /** Apply unambiguous fixes and write the file back. */
  fix?: boolean;
}

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

function positionOf(
  text: string,
  index: number,
): Pick<ReportMessage, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const before = text.slice(0, index).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

function decode(content: Uint8Array): { text: string; invalidAt?: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content) };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(content);
    return { text, invalidAt: text.indexOf('\uFFFD') };
  }
}

async function lintContent(
  path: string,
  displayPath: string,
  snapshot: ReadSnapshot,
  options: LintFileOptions,
): Promise<FileReport> {
  const { fix, displayPath: _shown, maxFileSize = DEFAULT_MAX_FILE_SIZE, ...lintOptions } = options;
  const settings = { ...lintOptions, filePath: displayPath };
  if (snapshot.content.length > maxFileSize) {
    return fileReport(displayPath, [
      fileMessage(
        FILE_CHECKS.tooLarge,
        'warning',
        `File too large to lint: ${snapshot.content.length} bytes, over the limit of ${maxFileSize} (raise it with --max-file-size or "maxFileSize").`,
      ),
    ]);
  }
  if (snapshot.content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return fileReport(displayPath, [
      fileMessage(FILE_CHECKS.binary, 'warning', 'Binary file (it contains NUL bytes): not linted.'),
    ]);
  }
  const { text: decoded, invalidAt } = decode(snapshot.content);
  const bom = decoded.startsWith(BOM) ? BOM : '';
  const text = decoded.slice(bom.length);
  if (invalidAt !== undefined) {
    const report = await lintText(text, settings);
    const encoding: ReportMessage = {
      ...fileMessage(
        FILE_CHECKS.encoding,
        'warning',
        'Invalid UTF-8: bad bytes read as \uFFFD; --fix leaves this file alone. Save it as UTF-8.',
      ),
      ...positionOf(text, Math.max(0, invalidAt - bom.length)),
    };
    return fileReport(displayPath, [encoding, ...report.messages]);
  }
  if (!fix) return lintText(text, settings);
  const fixed = await fixText(text, settings);
  if (fixed.output === text) return fixed.report;
  try {
    writeIfUnchanged(path, snapshot, bom + fixed.output);
  } catch (error) {
    if (!(error instanceof ChangedOnDiskError)) throw error;
    const report = await lintText(text, settings);
    return fileReport(displayPath, [
      fileMessage(FILE_CHECKS.changedOnDisk, 'error', error.message, true),
      ...report.messages,
    ]);
  }
  return fixed.report;
}

/**
 * Lints one file from disk (and fixes it with `fix`). Never throws for the
 * file's sake: an unreadable, binary or mis-encoded file, or a file edited
 * while being fixed, becomes a message in its report.
 */
export async function lintFile(path: string, options: LintFileOptions = {}): Promise<FileReport> {
  const displayPath = options.displayPath ?? path;
  let snapshot: ReadSnapshot;
  try {
    snapshot = readSnapshot(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fileReport(displayPath, [
      fileMessage(FILE_CHECKS.unreadable, 'error', `Cannot read the file (${code}).`, true),
    ]);
  }
  return lintContent(path, displayPath, snapshot, options);
}
