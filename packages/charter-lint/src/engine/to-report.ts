import type { VFileMessage } from 'vfile-message';
import { severityOf } from '../report/severity.js';
import type { SuppressedMessage } from '../suppression/reasons.js';
import type { FileReport, ReportMessage } from './report-types.js';

function toReportMessage(message: VFileMessage): ReportMessage {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  const line = start?.line ?? 1;
  const column = start?.column ?? 1;
  const reported: ReportMessage = {
    ruleId: message.ruleId ?? message.source ?? 'unknown',
    severity: severityOf(message),
    line,
    column,
    endLine: end?.line ?? line,
    endColumn: end?.column ?? column,
    message: message.reason,
  };
  // unified-lint-rule turns a rule's exception into a message carrying it as `cause`.
  if (message.cause instanceof Error) {
    reported.message = `Internal error in rule "${reported.ruleId}": ${message.reason}`;
    reported.fatal = true;
  }
  if (message.actual !== undefined) reported.actual = message.actual;
  if (message.expected !== undefined) reported.expected = [...message.expected];
  return reported;
}

/** Reading order, then rule id, so reports are stable across runs and workers. */
export function compareMessages(a: ReportMessage, b: ReportMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

/** Builds a file's report from report messages, sorted and counted. */
export function fileReport(filePath: string, messages: ReportMessage[]): FileReport {
  const sorted = [...messages].sort(compareMessages);
  return {
    filePath,
    messages: sorted,
    errorCount: sorted.filter((message) => message.severity === 'error').length,
    warningCount: sorted.filter((message) => message.severity === 'warning').length,
  };
}

/** The report for vfile messages, with those suppression comments silenced. */
export function toFileReport(
  filePath: string,
  messages: readonly VFileMessage[],
  suppressed: readonly SuppressedMessage[] = [],
): FileReport {
  const report = fileReport(filePath, messages.map(toReportMessage));
  if (suppressed.length === 0) return report;
  const silenced = suppressed.map(({ message, justification }) => ({
    ...toReportMessage(message),
    suppressions: [{ kind: 'directive' as const, justification: justification ?? '' }],
  }));
  return { ...report, suppressedMessages: silenced.sort(compareMessages) };
}
