import type { Nodes, PhrasingContent } from 'mdast';
import { NOTE_MARK } from './sentences.js';
import { SourceMap } from './source-map.js';

/** Stands in a flattened text for content that is not prose: inline code, images, HTML. */
export const OPAQUE_MARK = '\uFFFC';

/** What a stretch of the flattened text came from, when it was not plain text. */
export interface InlineRange {
  kind: 'link' | 'note';
  start: number;
  end: number;
}

/** The prose of some Markdown, as one string that remembers where each character came from. */
export interface InlineText {
  text: string;
  /** Links and footnote references, by their range in `text`. */
  ranges: InlineRange[];
  /** The source offset of `text[index]`, or `undefined` for an inserted character. */
  sourceOffset(index: number): number | undefined;
}

const SUP_OPEN = /^<sup\b[^>]*>$/i;
const SUP_CLOSE = /^<\/sup\s*>$/i;
const SUP_WHOLE = /^<sup\b[^>]*>\s*\[?\d{1,3}(?:[,–-]\s*\d{1,3})*\]?\s*<\/sup\s*>$/i;
/** The design system's footnote marker: `<alima-footnote-ref footnote="wb2020">`. */
const ELEMENT_REFERENCE = /^<alima-footnote-ref\b[^>]*\bfootnote\s*=/i;
const ANCHOR_OPEN = /^<a\s[^>]*\bhref\s*=/i;
const ANCHOR_CLOSE = /^<\/a\s*>$/i;
const NOTE_TEXT = /^\s*\[?\d{1,3}(?:[,–-]\s*\d{1,3})*\]?\s*$/;

class Builder {
  text = '';
  ranges: InlineRange[] = [];
  readonly map = new SourceMap();
  /** Where the text of an open HTML `<a href>` starts: raw HTML links are links too. */
  private anchor: number | undefined;
  constructor(private readonly source: string) {}

  append(value: string, node: Nodes | undefined): void {
    const start = node?.position?.start.offset;
    const end = node?.position?.end.offset;
    if (start !== undefined && end !== undefined)
      this.map.addText(this.text.length, value, this.source.slice(start, end), start);
    this.text += value;
  }

  insert(char: string, node: Nodes): void {
    const start = node.position?.start.offset;
    if (start !== undefined) this.map.addMark(this.text.length, start);
    this.text += char;
  }

  phrasing(nodes: readonly PhrasingContent[]): void {
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index] as PhrasingContent;
      if (node.type === 'html' && SUP_OPEN.test(node.value.trim())) {
        // A note's content is short: look for `</sup>` a few nodes on, not to the end.
        const window = nodes.slice(index + 1, index + 5);
        const close = window.findIndex(
          (other) => other.type === 'html' && SUP_CLOSE.test(other.value.trim()),
        );
        if (close !== -1 && NOTE_TEXT.test(window.slice(0, close).map(plain).join(''))) {
          this.note(node);
          index += close + 1;
          continue;
        }
      }
      this.node(node);
    }
  }

  private note(node: Nodes): void {
    const start = this.text.length;
    this.insert(NOTE_MARK, node);
    this.ranges.push({ kind: 'note', start, end: this.text.length });
  }

  private node(node: PhrasingContent): void {
    switch (node.type) {
      case 'text':
        this.append(node.value, node);
        return;
      case 'break':
        this.insert('\n', node);
        return;
      case 'footnoteReference':
        this.note(node);
        return;
      case 'html': {
        const tag = node.value.trim();
        if (SUP_WHOLE.test(tag) || ELEMENT_REFERENCE.test(tag)) return this.note(node);
        if (ANCHOR_CLOSE.test(tag) && this.anchor !== undefined) {
          this.ranges.push({ kind: 'link', start: this.anchor, end: this.text.length });
          this.anchor = undefined;
        }
        this.insert(OPAQUE_MARK, node);
        if (ANCHOR_OPEN.test(tag)) this.anchor = this.text.length;
        return;
      }
      case 'inlineCode':
      case 'image':
      case 'imageReference':
        this.insert(OPAQUE_MARK, node);
        return;
      case 'link':
      case 'linkReference': {
        const start = this.text.length;
        this.phrasing(node.children);
        this.ranges.push({ kind: 'link', start, end: this.text.length });
        return;
      }
      default:
        if ('children' in node) this.phrasing(node.children as PhrasingContent[]);
    }
  }
}

function plain(node: PhrasingContent): string {
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as PhrasingContent[]).map(plain).join('') : '';
}

/**
 * Flattens phrasing content (a paragraph's, a heading's, a table cell's)
 * into its prose: text as written; footnote references (`[^1]`,
 * `<sup>1</sup>`, `<alima-footnote-ref footnote="…">`) as {@link NOTE_MARK}; inline code, images and HTML as
 * {@link OPAQUE_MARK}, so nothing in them reads as prose; link text kept, with
 * the link's range. Several blocks (a list item's paragraphs) join with a blank line.
 */
export function inlineText(blocks: readonly { children: PhrasingContent[] }[], source: string): InlineText {
  const builder = new Builder(source);
  blocks.forEach((block, index) => {
    if (index > 0) builder.append('\n\n', undefined);
    builder.phrasing(block.children);
  });
  const { map } = builder;
  return { text: builder.text, ranges: builder.ranges, sourceOffset: (index) => map.sourceOffset(index) };
}
