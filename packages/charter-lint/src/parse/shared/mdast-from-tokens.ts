import type { BlockContent, DefinitionContent, Root } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import type { Point } from 'unist';
import { type Conversion, endOf, startOf } from './conversion.js';
import { flowTokenToMdast } from './flow-from-tokens.js';
import { keepsHtmlFlowTokens } from './html-from-tokens.js';
import { itemTail } from './list-items.js';

/** markdownlint's artificial tokens for undefined references, appended after the document. */
const ARTIFICIAL = 'undefinedReference';

/**
 * Where the root ends: mdast-util-from-markdown ends it with its last event
 * but one, the exit of the last token's last child (or the last token, if it
 * has none). After a list, that is the exit of its last item, at the list's
 * end, unless line endings follow the item inside the list; markdownlint
 * replaced the children of most HTML blocks.
 */
function rootEnd(conversion: Conversion, last: MicromarkToken): Point {
  const { children } = last;
  const final = children[children.length - 1];
  const type: string = last.type;
  if (
    final === undefined ||
    (type === 'htmlFlow' && !keepsHtmlFlowTokens(last)) ||
    ((type === 'listOrdered' || type === 'listUnordered') && itemTail(children, children.length).first < 0)
  )
    return endOf(conversion, last);
  return endOf(conversion, final);
}

/**
 * Where the text ends: where the root of a document without tokens ends, an
 * empty one or one of only front matter (whose last token ends the text).
 */
function endOfText({ text, starts }: Conversion): Point {
  const lastStart = starts[starts.length - 1] ?? 0;
  return { line: starts.length, column: text.length - lastStart + 1, offset: text.length };
}

/**
 * The mdast tree mdast-util-from-markdown (with our syntax extensions) makes
 * of the document markdownlint parsed as `tokens`, or `undefined` where the
 * conversion declined.
 */
export function mdastFromTokens(conversion: Conversion, tokens: readonly MicromarkToken[]): Root | undefined {
  const children: (BlockContent | DefinitionContent)[] = [];
  let first: MicromarkToken | undefined;
  let last: MicromarkToken | undefined;
  for (const token of tokens) {
    if (token.type.startsWith(ARTIFICIAL)) continue;
    first ??= token;
    last = token;
    flowTokenToMdast(conversion, token, children);
    if (conversion.declined) return undefined;
  }
  return {
    type: 'root',
    children,
    position: {
      start: first ? startOf(conversion, first) : { line: 1, column: 1, offset: 0 },
      end: last ? rootEnd(conversion, last) : endOfText(conversion),
    },
  };
}
