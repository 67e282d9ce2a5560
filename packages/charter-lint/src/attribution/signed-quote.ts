import type { Blockquote } from 'mdast';
import { inlineText } from '../text/inline-text.js';

// A signature line: a dash, then who said or wrote it (`— UNICEF, 2024`, `-- Dr Diallo, MSF`).
const SIGNATURE = /(?:^|\n)\s*(?:—|―|–|--?)\s*[*_]*\p{Lu}[^\n]*$/u;

/**
 * Whether a blockquote is signed by its source on its last line (`— UNICEF,
 * 2024`): the figures it quotes are attributed to whoever signs it.
 */
export function isSignedQuote(quote: Blockquote, source: string): boolean {
  const last = quote.children.at(-1);
  if (last?.type !== 'paragraph') return false;
  return SIGNATURE.test(inlineText([last], source).text.trimEnd());
}
