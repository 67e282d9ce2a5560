import type { Node } from 'unist';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ReportedSeverity } from './severity.js';

/** A text edit `--fix` may apply: replace source offsets `[start, end)` with `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** What a rule says about one place in a document. */
export interface Finding {
  /** The sentence the writer reads, in the document's language. */
  reason: string;
  /** Where: a node, a position or a point; positions point at the offending text itself. */
  place: Node | Position | Point;
  /** The offending text, as written. */
  actual?: string;
  /** Acceptable replacements, best first; editors offer them as quick fixes. */
  expected?: string[];
  /** Why, in a sentence or two: shown under the message and in the docs. */
  note?: string;
  /**
   * This message's own severity, where one rule's messages differ (a lexicon
   * entry's severity). A severity the writer configures for the rule wins.
   */
  severity?: ReportedSeverity;
  /** An unambiguous edit that resolves the finding; only then does `--fix` touch the file. */
  fix?: Fix;
}

/** A message that carries its intrinsic severity and fix; both are ours, not vfile's. */
export interface CharterMessage extends VFileMessage {
  intrinsicSeverity?: ReportedSeverity;
  fix?: Fix;
}

/** Adds a finding to `file`; `defineRule` fills in rule id, source, url and severity. */
export function report(file: VFile, finding: Finding): CharterMessage {
  const place = 'type' in finding.place ? finding.place.position : finding.place;
  const message: CharterMessage = file.message(finding.reason, { place });
  if (finding.actual !== undefined) message.actual = finding.actual;
  if (finding.expected !== undefined) message.expected = finding.expected;
  if (finding.note !== undefined) message.note = finding.note;
  if (finding.severity !== undefined) message.intrinsicSeverity = finding.severity;
  if (finding.fix !== undefined) message.fix = finding.fix;
  return message;
}
