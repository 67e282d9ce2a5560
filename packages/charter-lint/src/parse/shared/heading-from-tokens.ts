import type { Heading, PhrasingContent } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { childOfType } from './child-of-type.js';
import { type Conversion, positionOf } from './conversion.js';
import { LAYOUT_TOKENS } from './layout-tokens.js';
import { phrasingFromTokens } from './phrasing-from-tokens.js';

const EQUALS_SIGN = 0x3d;

function isDepth(depth: number): depth is Heading['depth'] {
  return depth >= 1 && depth <= 6;
}

function heading(
  conversion: Conversion,
  token: MicromarkToken,
  depth: number,
  children: PhrasingContent[],
): Heading | undefined {
  if (isDepth(depth)) return { type: 'heading', depth, children, position: positionOf(conversion, token) };
  conversion.declined = true;
  return undefined;
}

/** The heading mdast-util-from-markdown makes of an `atxHeading` token: its depth is its opening sequence's length. */
export function atxHeadingFromTokens(conversion: Conversion, token: MicromarkToken): Heading | undefined {
  const children: PhrasingContent[] = [];
  let depth = 0;
  for (const child of token.children) {
    const type: string = child.type;
    if (type === 'atxHeadingText') phrasingFromTokens(conversion, child.children, children, true);
    else if (type === 'atxHeadingSequence') depth ||= child.text.length;
    else if (!LAYOUT_TOKENS.has(type)) conversion.declined = true;
  }
  return heading(conversion, token, depth, children);
}

/**
 * The heading mdast-util-from-markdown makes of a `setextHeading` token:
 * depth 1 under `=`, 2 under `-`. The line ending before the underline is
 * slurped, not text.
 */
export function setextHeadingFromTokens(conversion: Conversion, token: MicromarkToken): Heading | undefined {
  const children: PhrasingContent[] = [];
  let depth = 0;
  for (const child of token.children) {
    const type: string = child.type;
    if (type === 'setextHeadingText') {
      phrasingFromTokens(conversion, child.children, children, true);
    } else if (type === 'setextHeadingLine') {
      const sequence = childOfType(child, 'setextHeadingLineSequence');
      depth = sequence?.text.charCodeAt(0) === EQUALS_SIGN ? 1 : 2;
    } else if (type !== 'lineEnding' && !LAYOUT_TOKENS.has(type)) {
      conversion.declined = true;
    }
  }
  return heading(conversion, token, depth, children);
}
