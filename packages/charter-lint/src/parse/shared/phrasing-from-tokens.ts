import type { Break, Emphasis, PhrasingContent, Strong } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { type Conversion, endOf, enter, leave, positionOf } from './conversion.js';
import { footnoteCallFromTokens } from './footnote-from-tokens.js';
import { FOREIGN_INLINE, hidesSyntax } from './foreign-syntax.js';
import { htmlTextFromTokens } from './html-from-tokens.js';
import { inlineCodeFromTokens } from './inline-code.js';
import { LAYOUT_TOKENS } from './layout-tokens.js';
import { lineEndingOf } from './line-ending.js';
import { autolinkFromTokens, linkFromTokens } from './link-from-tokens.js';
import { referencedCharacters } from './string-from-tokens.js';

/**
 * Adds `value`, read from `token`, to the text node ending `children`, or
 * starts one: the compiler merges adjacent data, escapes, references and
 * line endings into one text node.
 */
function appendText(
  conversion: Conversion,
  children: PhrasingContent[],
  token: MicromarkToken,
  value: string,
): void {
  const tail = children[children.length - 1];
  if (tail?.type === 'text' && tail.position) {
    tail.value += value;
    tail.position.end = endOf(conversion, token);
  } else {
    children.push({ type: 'text', value, position: positionOf(conversion, token) });
  }
}

/** Emphasis or strong, from its sequences and the text between them. */
function attentionFromTokens(conversion: Conversion, token: MicromarkToken): Emphasis | Strong {
  const children: PhrasingContent[] = [];
  for (const child of token.children)
    if (child.type === 'emphasisText' || child.type === 'strongText')
      phrasingFromTokens(conversion, child.children, children, true);
  const position = positionOf(conversion, token);
  return token.type === 'emphasis'
    ? { type: 'emphasis', children, position }
    : { type: 'strong', children, position };
}

/**
 * Whether `token`, a line ending, ends after the next line's container
 * prefix rather than at its start. micromark ends a line ending there when it
 * reads it again after a lookahead across the line, and markdownlint's
 * constructs (`$math$`, directives, literal autolinks) look ahead where ours
 * do not: where such an end would be a node's end, the trees could differ.
 */
function endsLate(token: MicromarkToken): boolean {
  return token.endColumn !== 1;
}

function breakFromTokens(conversion: Conversion, token: MicromarkToken): Break {
  return { type: 'break', position: positionOf(conversion, token) };
}

type PhrasingBuilder = (conversion: Conversion, token: MicromarkToken) => PhrasingContent | undefined;

/** The node each phrasing token other than text makes. */
const PHRASING_BUILDERS: ReadonlyMap<string, PhrasingBuilder> = new Map<string, PhrasingBuilder>([
  ['emphasis', attentionFromTokens],
  ['strong', attentionFromTokens],
  ['link', linkFromTokens],
  ['image', linkFromTokens],
  ['codeText', inlineCodeFromTokens],
  ['htmlText', htmlTextFromTokens],
  ['hardBreakEscape', breakFromTokens],
  ['hardBreakTrailing', breakFromTokens],
  ['autolink', autolinkFromTokens],
  ['gfmFootnoteCall', footnoteCallFromTokens],
]);

/**
 * Appends to `children` the phrasing mdast-util-from-markdown makes of
 * `tokens`, the content of a paragraph, heading, emphasis, label or table
 * cell. `eols`: whether line endings are text there (the compiler's
 * `canContainEols`: paragraphs, headings, emphasis, strong, labels).
 */
export function phrasingFromTokens(
  conversion: Conversion,
  tokens: readonly MicromarkToken[],
  children: PhrasingContent[],
  eols: boolean,
): void {
  if (conversion.declined || !enter(conversion)) return;
  // The line ending after a hard break is part of the break, not text.
  let atHardBreak = false;
  // Whether the last text ends with a line ending that `endsLate`.
  let textEndsLate = false;
  for (const token of tokens) {
    const type: string = token.type;
    if (type === 'data') {
      appendText(conversion, children, token, token.text);
    } else if (type === 'lineEnding') {
      const tail = children[children.length - 1];
      if (atHardBreak && tail?.position) {
        tail.position.end = endOf(conversion, token);
        if (endsLate(token)) conversion.declined = true;
        atHardBreak = false;
      } else if (eols) {
        appendText(conversion, children, token, lineEndingOf(conversion, token));
        textEndsLate = endsLate(token);
      }
      continue;
    } else if (type === 'characterReference') {
      appendText(conversion, children, token, referencedCharacters(conversion, token));
    } else if (type === 'characterEscape') {
      appendText(conversion, children, token, token.text.slice(1));
    } else if (FOREIGN_INLINE.has(type)) {
      if (hidesSyntax(token.text)) conversion.declined = true;
      appendText(conversion, children, token, token.text);
    } else {
      const build = PHRASING_BUILDERS.get(type);
      const node = build?.(conversion, token);
      if (node === undefined) {
        if (!build && !LAYOUT_TOKENS.has(type)) conversion.declined = true;
        continue;
      }
      if (textEndsLate) conversion.declined = true;
      children.push(node);
      atHardBreak = node.type === 'break';
    }
    textEndsLate = false;
  }
  // The compiler would give a break the next line ending, wherever it stands.
  if (atHardBreak || textEndsLate) conversion.declined = true;
  leave(conversion);
}
