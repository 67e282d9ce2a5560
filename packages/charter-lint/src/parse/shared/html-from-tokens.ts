import type { Html } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { type Conversion, positionOf } from './conversion.js';
import { literalValue, NO_MARKERS } from './literal-value.js';

/** The HTML node mdast-util-from-markdown makes of an `htmlText` token. */
export function htmlTextFromTokens(conversion: Conversion, token: MicromarkToken): Html {
  return {
    type: 'html',
    value: literalValue(conversion, token, 'htmlTextData', NO_MARKERS),
    position: positionOf(conversion, token),
  };
}

/**
 * Whether markdownlint kept micromark's tokens in `token`, an `htmlFlow`:
 * it does for comments only (its own test, `isHtmlFlowComment`), and
 * replaces the tokens of other HTML blocks with a parse of their lines as Markdown.
 */
export function keepsHtmlFlowTokens(token: MicromarkToken): boolean {
  const { text } = token;
  if (!text.startsWith('<!--') || !text.endsWith('-->')) return false;
  const comment = text.slice(4, -3);
  return !comment.startsWith('>') && !comment.startsWith('->') && !comment.endsWith('-');
}

/**
 * The HTML node mdast-util-from-markdown makes of an `htmlFlow` token. A
 * block across the lines of a container whose tokens markdownlint replaced is
 * declined: its text holds the containers' prefixes, our value does not.
 */
export function htmlFlowFromTokens(conversion: Conversion, token: MicromarkToken): Html | undefined {
  let value: string;
  if (keepsHtmlFlowTokens(token)) {
    value = literalValue(conversion, token, 'htmlFlowData', NO_MARKERS);
  } else if (token.startLine === token.endLine || conversion.containers === 0) {
    value = token.text;
  } else {
    conversion.declined = true;
    return undefined;
  }
  return { type: 'html', value, position: positionOf(conversion, token) };
}
