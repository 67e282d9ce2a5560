import type { MicromarkToken } from 'markdownlint';

/** The line endings that end a list item, outside it: the first one's index among the list's tokens (-1 for none), and how many. */
export interface ItemTail {
  first: number;
  count: number;
}

/** What may stand between the line endings after an item: the prefixes of the next line. */
const LINE_PREFIXES: ReadonlySet<string> = new Set([
  'linePrefix',
  'blockQuotePrefix',
  'blockQuotePrefixWhitespace',
  'blockQuoteMarker',
  'listItemIndent',
]);

/**
 * The line endings before `boundary` in a list's `tokens` (the next item's
 * prefix, or the list's end), found as mdast-util-from-markdown's
 * `prepareList` finds them: going back over line endings and line prefixes.
 * They are the list's, not the item's, which ends where the first begins;
 * two or more make the list spread.
 */
export function itemTail(tokens: readonly MicromarkToken[], boundary: number): ItemTail {
  let first = -1;
  let count = 0;
  for (let index = boundary - 1; index >= 0; index--) {
    const type: string = tokens[index]?.type ?? '';
    if (type === 'lineEnding' || type === 'lineEndingBlank') {
      first = index;
      count++;
    } else if (!LINE_PREFIXES.has(type)) {
      break;
    }
  }
  return { first, count };
}

/**
 * Whether `token`, in a list item, holds a blank line that makes the item
 * spread: `prepareList` counts blank lines in any token but a nested list or
 * block quote, and only footnote definitions hold them besides those.
 */
export function holdsBlankLine(token: MicromarkToken): boolean {
  return (
    token.type === 'gfmFootnoteDefinition' &&
    token.children.some((child) => child.type === 'lineEndingBlank' || holdsBlankLine(child))
  );
}
