import type { MicromarkToken } from 'markdownlint';
import type { Event, Point, Token, TokenizeContext, TokenType } from 'micromark-util-types';

/** A token rebuilt from markdownlint's tree: micromark's shape, plus the text markdownlint sliced for it. */
interface RebuiltToken extends Token {
  text: string;
}

/**
 * Blocks markdownlint parses and our parser does not (directives, display
 * math): the trees would differ, so such a file gets its own parse.
 */
const FOREIGN_BLOCKS = new Set(['directiveLeaf', 'directiveContainer', 'mathFlow']);

/**
 * Inline syntax markdownlint parses and our parser does not: literal
 * autolinks, `:name` directives, `$math$`. Our parser reads the same
 * characters as plain text, unless they hold one that starts CommonMark
 * syntax (see `hidesSyntax`).
 */
const FOREIGN_INLINE = new Set(['literalAutolink', 'directiveText', 'mathText']);

const CONSTRUCT_START = /[\\&`*_[\]!<\r\n]/;
/**
 * Characters of `CONSTRUCT_START` that start nothing where they stand: an
 * underscore between letters or digits (it can neither open nor close
 * emphasis), an ampersand whose name ends, inside the text, in anything but
 * the `;` of a character reference.
 */
const INERT = /(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])|&(?=#?[\dA-Za-z]*[^\dA-Za-z;#])/gu;

/** Whether our parser would read syntax (emphasis, a link, an escape…) inside `text`. */
function hidesSyntax(text: string): boolean {
  return CONSTRUCT_START.test(text.replace(INERT, ''));
}

const CONTAINERS = new Set(['blockQuote', 'listOrdered', 'listUnordered', 'gfmFootnoteDefinition']);

/** markdownlint's artificial tokens for undefined references, appended after the document. */
const ARTIFICIAL = /^undefinedReference/;

/** The original children of an HTML block, as opposed to markdownlint's re-parse of its lines. */
function keepsOriginalChildren(token: MicromarkToken): boolean {
  return token.children.every((child) => child.type === 'htmlFlowData' || child.type === 'lineEnding');
}

function inContainer(token: MicromarkToken): boolean {
  for (let parent = token.parent; parent; parent = parent.parent)
    if (CONTAINERS.has(parent.type)) return true;
  return false;
}

/**
 * micromark's events for the document markdownlint parsed, rebuilt from its
 * token tree, or `undefined` where that tree cannot give the events our own
 * parser would: foreign blocks, foreign inline syntax that hides syntax of ours,
 * HTML blocks across container lines (markdownlint replaced their tokens).
 * `lineDelta` lines and `starts` (line offsets in the whole file) place
 * the tokens in the file when markdownlint parsed it without its front matter.
 */
export function eventsFromTokens(
  tokens: readonly MicromarkToken[],
  starts: readonly number[],
  lineDelta: number,
): Event[] | undefined {
  const context = {
    sliceSerialize: (token: Token) => (token as RebuiltToken).text,
  } as unknown as TokenizeContext;
  const events: Event[] = [];
  const point = (line: number, column: number): Point => {
    const fileLine = line + lineDelta;
    return {
      line: fileLine,
      column,
      offset: (starts[fileLine - 1] ?? 0) + column - 1,
      _index: 0,
      _bufferIndex: -1,
    };
  };
  const rebuild = (token: MicromarkToken, type: string): RebuiltToken => ({
    type: type as TokenType,
    start: point(token.startLine, token.startColumn),
    end: point(token.endLine, token.endColumn),
    text: token.text,
  });
  const leaf = (token: RebuiltToken): void => {
    events.push(['enter', token, context], ['exit', token, context]);
  };
  const walk = (list: readonly MicromarkToken[]): boolean => {
    for (const token of list) {
      if (ARTIFICIAL.test(token.type)) continue;
      if (FOREIGN_BLOCKS.has(token.type)) return false;
      if (FOREIGN_INLINE.has(token.type)) {
        if (hidesSyntax(token.text)) return false;
        leaf(rebuild(token, 'data'));
        continue;
      }
      const rebuilt = rebuild(token, token.type);
      events.push(['enter', rebuilt, context]);
      if (token.type === 'htmlFlow' && !keepsOriginalChildren(token)) {
        if (token.startLine !== token.endLine && inContainer(token)) return false;
        leaf(rebuild(token, 'htmlFlowData'));
      } else if (!walk(token.children)) {
        return false;
      }
      events.push(['exit', rebuilt, context]);
    }
    return true;
  };
  return walk(tokens) ? events : undefined;
}
