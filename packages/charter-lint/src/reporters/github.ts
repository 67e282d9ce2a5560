import type { FileReport, ReportMessage } from '../engine/report-types.js';
import type { Reporter } from './reporter.js';
import { stylish } from './stylish.js';

const COMMAND: Record<ReportMessage['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** Annotations GitHub shows per step and per kind; it drops the others silently. */
export const ANNOTATIONS_PER_KIND = 10;

// GitHub's workflow-command escaping: data escapes % CR LF; property values also `:` and `,`.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(filePath: string, message: ReportMessage): string {
  const properties = [
    `file=${escapeProperty(filePath)}`,
    `line=${message.line}`,
    `col=${message.column}`,
    `endLine=${message.endLine}`,
    `endColumn=${message.endColumn}`,
    `title=${escapeProperty(message.ruleId)}`,
  ].join(',');
  return `::${COMMAND[message.severity]} ${properties}::${escapeData(message.message)}\n`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The findings GitHub will show, errors first, at most `ANNOTATIONS_PER_KIND` of each kind. */
function annotations(reports: readonly FileReport[]): { lines: string[]; leftOut: string[] } {
  const lines: string[] = [];
  const leftOut: string[] = [];
  for (const [severity, word] of [
    ['error', 'error'],
    ['warning', 'warning'],
    ['info', 'notice'],
  ] as const) {
    const found = reports.flatMap((report) =>
      report.messages
        .filter((message) => message.severity === severity)
        .map((message) => annotation(report.filePath, message)),
    );
    lines.push(...found.slice(0, ANNOTATIONS_PER_KIND));
    if (found.length > ANNOTATIONS_PER_KIND) leftOut.push(plural(found.length - ANNOTATIONS_PER_KIND, word));
  }
  return { lines, leftOut };
}

/** A token no file can predict, so no file can end the `stop-commands` section early. */
const stopToken = () => `charter-lint-${globalThis.crypto.randomUUID()}`;

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which
 * become annotations on the pull request: errors first, at most ten of each
 * kind (GitHub's limit per step), then a line saying how many were left out.
 * The readable stylish report for the job log follows between
 * `::stop-commands::` markers, so nothing a file or file name holds can
 * become a runner command.
 */
export const github: Reporter = (reports, context) => {
  const { lines, leftOut } = annotations(reports);
  if (leftOut.length > 0) {
    lines.push(
      `charter-lint: ${leftOut.join(', ')} not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step); all are listed below.\n`,
    );
  }
  const readable = stylish(reports, { ...context, color: false });
  if (readable !== '') {
    const token = stopToken();
    lines.push(`::stop-commands::${token}\n`, readable, `::${token}::\n`);
  }
  return lines.join('');
};
