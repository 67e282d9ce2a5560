import type { MicromarkToken } from 'markdownlint';
import type { Conversion } from './conversion.js';
import { LAYOUT_TOKENS } from './layout-tokens.js';
import { lineEndingOf } from './line-ending.js';

/** For literals that have no markers between their data tokens. */
export const NO_MARKERS: ReadonlySet<string> = new Set();

/**
 * The value mdast-util-from-markdown buffers of a literal (inline code, HTML,
 * code): the text of its `data` tokens (`codeTextData`, `htmlFlowData`…) and
 * its line endings, without `markers` (fences, sequences, padding) or the
 * prefixes of container lines.
 */
export function literalValue(
  conversion: Conversion,
  token: MicromarkToken,
  data: string,
  markers: ReadonlySet<string>,
): string {
  let value = '';
  for (const child of token.children) {
    const type: string = child.type;
    if (type === data) value += child.text;
    else if (type === 'lineEnding') value += lineEndingOf(conversion, child);
    else if (!markers.has(type) && !LAYOUT_TOKENS.has(type)) conversion.declined = true;
  }
  return value;
}
