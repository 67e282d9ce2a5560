import type { Code } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { childOfType } from './child-of-type.js';
import { type Conversion, positionOf } from './conversion.js';
import { literalValue, NO_MARKERS } from './literal-value.js';
import { stringFromTokens } from './string-from-tokens.js';

const FENCES: ReadonlySet<string> = new Set(['codeFencedFence']);
/** The line endings after the opening fence and before the closing one. */
const FENCED_LINE_ENDINGS = /^(\r?\n|\r)|(\r?\n|\r)$/g;
const FINAL_LINE_ENDING = /(\r?\n|\r)$/g;

/** The code mdast-util-from-markdown makes of a `codeFenced` token: `lang` and `meta` from the opening fence's info. */
export function codeFencedFromTokens(conversion: Conversion, token: MicromarkToken): Code {
  const fence = childOfType(token, 'codeFencedFence');
  const info = fence && childOfType(fence, 'codeFencedFenceInfo');
  const meta = fence && childOfType(fence, 'codeFencedFenceMeta');
  return {
    type: 'code',
    lang: info ? stringFromTokens(conversion, info) : null,
    meta: meta ? stringFromTokens(conversion, meta) : null,
    value: literalValue(conversion, token, 'codeFlowValue', FENCES).replace(FENCED_LINE_ENDINGS, ''),
    position: positionOf(conversion, token),
  };
}

/** The code mdast-util-from-markdown makes of a `codeIndented` token, without its last line ending. */
export function codeIndentedFromTokens(conversion: Conversion, token: MicromarkToken): Code {
  return {
    type: 'code',
    lang: null,
    meta: null,
    value: literalValue(conversion, token, 'codeFlowValue', NO_MARKERS).replace(FINAL_LINE_ENDING, ''),
    position: positionOf(conversion, token),
  };
}
