import { attributesOf } from './html-attributes.js';

/**
 * A `<figure>` or `<alima-photo-credit>` element, or a WordPress
 * `[caption]…[/caption]` shortcode, in the source, which may span several
 * Markdown blocks.
 */
export interface Wrapper {
  tag: 'figure' | 'alima-photo-credit' | 'caption';
  start: number;
  end: number;
  attributes: Map<string, string>;
  /** The text of the figure's `<figcaption>` (of a shortcode: its text), tags removed, and its source offset. */
  caption?: { text: string; offset: number };
}

// One expression per element: a figure inside an `<alima-photo-credit>` is found too.
const WRAPPERS = [
  /<(figure)\b([^>]*)>([\s\S]*?)<\/figure\s*>/gi,
  /<(alima-photo-credit)\b([^>]*)>([\s\S]*?)<\/alima-photo-credit\s*>/gi,
];
const FIGCAPTION = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption\s*>/i;
/** `[caption id="…" width="300"]<img …> The caption[/caption]`: its text is the caption. */
const SHORTCODE = /\[(caption)\b([^\]\n]{0,500})\]([^[]{0,5000}?)\[\/caption\]/gi;

/** The text of a tag's content with its tags blanked out, not removed, so offsets in it are offsets in the source. */
const blankTags = (content: string) => content.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length));

function shortcodeWrapper(match: RegExpMatchArray & { index: number }): Wrapper {
  const [whole, , attributes = '', content = ''] = match;
  return {
    tag: 'caption',
    start: match.index,
    end: match.index + whole.length,
    attributes: attributesOf(`<caption ${attributes}>`),
    caption: {
      text: blankTags(content),
      offset: match.index + whole.length - '[/caption]'.length - content.length,
    },
  };
}

/**
 * Every `<figure>`, `<alima-photo-credit>` and `[caption]` shortcode in the
 * source, outside code and comments. Found in the source rather than the tree: with blank lines
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
        text: blankTags(caption[1] ?? ''),
        offset: contentStart + caption.index + caption[0].indexOf(caption[1] ?? ''),
      };
    }
    wrappers.push(wrapper);
  }
  for (const match of source.matchAll(SHORTCODE))
    if (!masked(match.index)) wrappers.push(shortcodeWrapper(match));
  return wrappers;
}
