import type { Nodes, Parent } from 'mdast';
import { inlineText } from '../text/inline-text.js';
import type { Lang } from '../config/langs.js';
import { sentences } from '../text/sentences.js';
import type { OwnData } from './own-data.js';
import { isSourced } from './sourced.js';

const SOURCE_LINE = /^[\s(*_]*(?:sources?\s?:|selon|d['’]après|according to)/iu;

/** The sibling before (-1) or after (+1) `node`, looking out of blockquotes that merely wrap it. */
function sibling(node: Nodes, ancestors: readonly Parent[], step: -1 | 1): Nodes | undefined {
  let current: Nodes | Parent = node;
  for (let level = ancestors.length - 1; level >= 0; level--) {
    const parent = ancestors[level] as Parent;
    const index = parent.children.indexOf(current as never);
    const neighbour = parent.children[index + step];
    if (neighbour) return neighbour;
    if (parent.type !== 'blockquote') return undefined;
    current = parent;
  }
  return undefined;
}

/**
 * Whether a list or table takes its source from its neighbours: the
 * paragraph introducing it is sourced in its last sentence, or ends with a
 * colon after a sourced sentence ("The Pew report [link] found:"); or a
 * paragraph right after it names the source ("Source: UNHCR 2020").
 */
export function sourcedByNeighbours(
  node: Nodes,
  ancestors: readonly Parent[],
  source: string,
  lang: Lang,
  own: OwnData,
): boolean {
  const before = sibling(node, ancestors, -1);
  if (before?.type === 'paragraph') {
    const prose = inlineText([before], source);
    const ranges = sentences(prose.text, lang);
    const last = ranges.at(-1);
    if (last && isSourced(prose, last, own)) return true;
    if (prose.text.trimEnd().endsWith(':') && ranges.some((range) => isSourced(prose, range, own)))
      return true;
  }
  const after = sibling(node, ancestors, 1);
  if (after?.type === 'paragraph') {
    return SOURCE_LINE.test(inlineText([after], source).text);
  }
  return false;
}
