import type { MicromarkToken } from 'markdownlint';
import { type Conversion, offsetAt } from './conversion.js';

const CR = 0x0d;
const LF = 0x0a;

/**
 * The line ending `token` stands for, as micromark serializes it. Not the
 * token's text: after a blank line in a container, markdownlint's line
 * ending can run on over the next line's prefix (`"\n  "`, `"\n>"`).
 */
export function lineEndingOf(conversion: Conversion, token: MicromarkToken): string {
  const offset = offsetAt(conversion, token.startLine, token.startColumn);
  if (conversion.text.charCodeAt(offset) !== CR) return '\n';
  return conversion.text.charCodeAt(offset + 1) === LF ? '\r\n' : '\r';
}
