import type { MicromarkToken } from 'markdownlint';
import { type Conversion, offsetAt } from './conversion.js';
import { decodeReference } from './decode.js';
import { LAYOUT_TOKENS } from './layout-tokens.js';
import { lineEndingOf } from './line-ending.js';

/** The character(s) a `characterReference` token stands for. */
export function referencedCharacters(conversion: Conversion, token: MicromarkToken): string {
  const decoded = decodeReference(token.text.slice(1, -1));
  // micromark reads no reference to an undefined name: this is not that parse.
  if (decoded === false) conversion.declined = true;
  return decoded || '';
}

/**
 * The value mdast-util-from-markdown buffers of a string (a destination, a
 * title, a fenced code's info, a definition's or a reference's label): its
 * text with escapes and character references decoded and line endings kept,
 * without the prefixes of container lines.
 */
export function stringFromTokens(conversion: Conversion, token: MicromarkToken): string {
  let value = '';
  for (const child of token.children) {
    const type: string = child.type;
    if (type === 'data') value += child.text;
    else if (type === 'characterEscape') value += child.text.slice(1);
    else if (type === 'characterReference') value += referencedCharacters(conversion, child);
    else if (type === 'lineEnding') value += lineEndingOf(conversion, child);
    else if (!LAYOUT_TOKENS.has(type)) conversion.declined = true;
  }
  return value;
}

/** The prefixes of container lines: micromark's text content goes on after them. */
const CONTAINER_PREFIXES: ReadonlySet<string> = new Set([
  'blockQuotePrefix',
  'listItemIndent',
  'gfmFootnoteDefinitionIndent',
]);

/**
 * The text micromark serializes of a label or reference `token`, which
 * mdast-util-from-markdown normalizes into an `identifier`: markdownlint's
 * text is the file's, and on lines after the first it holds the prefixes of
 * block quotes and list items that micromark leaves out.
 */
export function serializedText(conversion: Conversion, token: MicromarkToken): string {
  if (token.startLine === token.endLine) return token.text;
  let serialized = '';
  let from = offsetAt(conversion, token.startLine, token.startColumn);
  const skipPrefixes = (parent: MicromarkToken): void => {
    for (const child of parent.children) {
      if (!CONTAINER_PREFIXES.has(child.type)) {
        skipPrefixes(child);
        continue;
      }
      serialized += conversion.text.slice(from, offsetAt(conversion, child.startLine, child.startColumn));
      from = offsetAt(conversion, child.endLine, child.endColumn);
    }
  };
  skipPrefixes(token);
  return serialized + conversion.text.slice(from, offsetAt(conversion, token.endLine, token.endColumn));
}
