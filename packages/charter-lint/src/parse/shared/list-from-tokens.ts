import type { BlockContent, DefinitionContent, List, ListItem } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { childOfType } from './child-of-type.js';
import { type Conversion, endOf, positionOf, startOf } from './conversion.js';
import { flowTokenToMdast } from './flow-from-tokens.js';
import { LAYOUT_TOKENS } from './layout-tokens.js';
import { holdsBlankLine, itemTail } from './list-items.js';

/** An item being read: its prefix token, its content so far, and where its first blank line is among the list's tokens. */
interface OpenItem {
  prefix: MicromarkToken;
  children: (BlockContent | DefinitionContent)[];
  firstBlank: number;
}

/**
 * Adds `item` to `list`, closed at `boundary`: the index among the list
 * token's children of the next item's prefix, or their count at the list's
 * end. The item ends where its tail of line endings starts, or else where the
 * next prefix (or the list) ends, and is spread when a blank line came before
 * that tail.
 */
function closeItem(
  conversion: Conversion,
  list: List,
  listToken: MicromarkToken,
  item: OpenItem,
  boundary: number,
): void {
  const tokens = listToken.children;
  const tail = itemTail(tokens, boundary);
  const firstLineEnding = tokens[tail.first];
  const boundaryToken = tokens[boundary] ?? listToken;
  if (tail.count > 1) list.spread = true;
  const node: ListItem = {
    type: 'listItem',
    spread: item.firstBlank >= 0 && (tail.first < 0 || item.firstBlank < tail.first),
    checked: null,
    children: item.children,
    position: {
      start: startOf(conversion, item.prefix),
      end: firstLineEnding ? startOf(conversion, firstLineEnding) : endOf(conversion, boundaryToken),
    },
  };
  list.children.push(node);
}

/**
 * The list mdast-util-from-markdown makes of a `listOrdered` or
 * `listUnordered` token. micromark marks items only by their prefixes: the
 * items, their ends and spread, and the list's spread are worked out as the
 * compiler's `prepareList` does, on the list's tokens.
 */
export function listFromTokens(conversion: Conversion, token: MicromarkToken): List {
  const ordered = token.type === 'listOrdered';
  const list: List = {
    type: 'list',
    ordered,
    start: null,
    spread: false,
    children: [],
    position: positionOf(conversion, token),
  };
  const tokens = token.children;
  let item: OpenItem | undefined;
  // Right after an item's prefix (line prefixes aside), a blank line does not make the item spread.
  let atMarker = false;
  conversion.containers++;
  let index = -1;
  for (const child of tokens) {
    index++;
    const type: string = child.type;
    if (type === 'listItemPrefix') {
      if (item) closeItem(conversion, list, token, item, index);
      item = { prefix: child, children: [], firstBlank: -1 };
      atMarker = true;
      const value = ordered && list.start === null ? childOfType(child, 'listItemValue') : undefined;
      if (value) list.start = Number.parseInt(value.text, 10);
    } else if (type === 'lineEndingBlank') {
      if (item && !atMarker && item.firstBlank < 0) item.firstBlank = index;
      atMarker = false;
    } else {
      if (type !== 'linePrefix') atMarker = false;
      if (item) {
        if (item.firstBlank < 0 && holdsBlankLine(child)) item.firstBlank = index;
        flowTokenToMdast(conversion, child, item.children);
      } else if (type !== 'lineEnding' && !LAYOUT_TOKENS.has(type)) {
        conversion.declined = true;
      }
    }
  }
  if (item) closeItem(conversion, list, token, item, tokens.length);
  conversion.containers--;
  return list;
}
