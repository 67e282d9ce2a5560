import type { ReportMessage } from '@alima/charter-lint';
import type { Text } from '@codemirror/state';

/** The offset in `doc` of a report's 1-based line and UTF-16 column, clamped to the line. */
function offsetOf(doc: Text, line: number, column: number): number {
  // The linter sees the draft with a final newline added: a finding on that line is at the end of the text.
  if (line > doc.lines) return doc.length;
  const { from, to } = doc.line(Math.max(1, line));
  return Math.min(to, from + Math.max(0, column - 1));
}

/**
 * A finding's range in the document it was reported on. A finding with an
 * empty range (about a place, not a text) is widened to one character, so
 * the editor can underline it.
 */
export function findingRange(doc: Text, message: ReportMessage): { from: number; to: number } {
  let from = offsetOf(doc, message.line, message.column);
  let to = Math.max(from, offsetOf(doc, message.endLine, message.endColumn));
  if (to === from) {
    if (to < doc.length) to++;
    else if (from > 0) from--;
  }
  return { from, to };
}
