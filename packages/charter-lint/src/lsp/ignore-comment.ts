import type { Root } from 'mdast';
import { createParser } from '../parse/processor.js';
import { MARKER_NAME } from '../suppression/message-control.js';

/** What "ignore here" asks the writer to replace with why the finding is wrong. */
export const REASON_PLACEHOLDER = 'reason';

/** The suppression comment "ignore here" inserts. */
export const ignoreComment = (ruleId: string): string =>
  `<!-- ${MARKER_NAME} ignore ${ruleId} -- ${REASON_PLACEHOLDER} -->`;

/**
 * Where to insert a suppression comment for a finding on `line` (1-based)
 * and what to insert there: before the top-level block holding the line, as
 * a block of its own (blank lines around it). An `ignore` comment silences
 * the next block, and a comment inside a paragraph, list or table would split
 * it and change the page, so the comment never goes mid-block. `undefined`
 * for a finding in the front matter, which no comment can precede.
 */
export function ignoreInsertion(
  text: string,
  line: number,
  ruleId: string,
): { line: number; text: string } | undefined {
  const tree = createParser().parse(text) as Root;
  const frontMatter = tree.children.find((node) => node.type === 'yaml');
  if (frontMatter && line <= (frontMatter.position?.end.line ?? 0)) return undefined;
  const block = tree.children.find((node) => node.type !== 'yaml' && (node.position?.end.line ?? 0) >= line);
  // Between blocks or past the last one (a finding about the file's end): the comment goes on the finding's line.
  const at = Math.min(block?.position?.start.line ?? line, line);
  const lines = text.split(/\r?\n/);
  const before = at > 1 && (lines[at - 2] ?? '').trim() !== '' ? '\n' : '';
  return { line: at, text: `${before}${ignoreComment(ruleId)}\n\n` };
}
