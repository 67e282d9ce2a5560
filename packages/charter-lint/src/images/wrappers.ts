import { attributesOf } from './html-attributes.js';

/** A `<figure>` or `<alima-photo-credit>` element in the source, which may span several Markdown blocks. */
export interface Wrapper {
  tag: 'figure' | 'alima-photo-credit';
  start: number;
  end: number;
  attributes: Map<string, string>;
  /** The text of the figure's `<figcaption>`, tags removed, and its source offset. */
  caption?: { text: string; offset: number };
}

// One expression per element: a figure inside an `<alima-photo-credit>` is found too.
const WRAPPERS = [
  /<(figure)\b([^>]*)>([\s\S]*?)<\/figure\s*>/gi,
  /<(alima-photo-credit)\b([^>]*)>([\s\S]*?)<\/alima-photo-credit\s*>/gi,
];
const FIGCAPTION = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption\s*>/i;

/**
 * Every `<figure>` and `<alima-photo-credit>` in the source, outside code
 * and comments. Found in the source rather than the tree: with blank lines
 * inside, one element spans several Markdown blocks.
 */
export function findWrappers(source: string, masked: (offset: number) => boolean): Wrapper[] {
  const wrappers: Wrapper[] = [];
  for (const match of WRAPPERS.flatMap((wrapper) => [...source.matchAll(wrapper)])) {
    if (masked(match.index)) continue;
    const [whole, tag = '', attributes = '', content = ''] = match;
    const wrapper: Wrapper = {
      tag: tag.toLowerCase() as Wrapper['tag'],
      start: match.index,
      end: match.index + whole.length,
      attributes: attributesOf(`<${tag}${attributes}>`),
    };
    const caption = FIGCAPTION.exec(content);
    if (caption !== null) {
      const contentStart = match.index + whole.indexOf(content, tag.length + attributes.length + 1);
      wrapper.caption = {
        // Tags blanked out, not removed, so offsets in the text are offsets in the source.
        text: (caption[1] ?? '').replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length)),
        offset: contentStart + caption.index + caption[0].indexOf(caption[1] ?? ''),
      };
    }
    wrappers.push(wrapper);
  }
  return wrappers;
}
