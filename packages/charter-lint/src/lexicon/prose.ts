import type { Nodes, Root } from 'mdast';
import { htmlProse } from '../parse/html-prose.js';
import { SourceMap } from '../text/source-map.js';

/** The prose of one paragraph, heading or table cell, with the way back to the source. */
export interface ProseBlock {
  text: string;
  /** Where each character of `text` is in the source. */
  map: SourceMap;
  /**
   * Stretches of `text` a fix must not edit (content-rules: `--fix` never
   * damages a draft): the whole of a heading (its anchor is a link target),
   * link text, shortcodes and what they wrap, and text inside HTML.
   */
  frozen: [number, number][];
}

// Stands for code, HTML, images and footnote calls inside a sentence: no phrase spans it.
const BARRIER = '\u00a6';
// CMS shortcodes with what they wrap: `[caption]…[/caption]`, `{{< figure … >}}`.
const SHORTCODE = /\[([a-z][\w-]*)\b[^\]\n]{0,200}\][^\n]{0,2000}?\[\/\1\]|\{\{[<%][^\n]{0,2000}?[>%]\}\}/giu;
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
// Containers whose prose is the writer's own; blockquotes hold other people's words.
const CONTAINERS = new Set(['root', 'list', 'listItem', 'footnoteDefinition', 'table', 'tableRow']);
const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Collects the writer's prose: text in paragraphs, headings, list items and
 * table cells, and the text of HTML blocks (not their tags, attributes, comments,
 * code or quotes), across emphasis and link text, skipping code, front
 * matter, blockquotes, link URLs and image alt text. A sentence split over
 * several inline nodes (`**malaria** victims`) reads as one string.
 */
export function proseBlocks(tree: Root, source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const read = (node: { type: string; children: Nodes[] }, html = false) => {
    const block: ProseBlock = { text: '', map: new SourceMap(), frozen: [] };
    for (const child of node.children) collect(child, block, source);
    if (html || node.type === 'heading') block.frozen.push([0, block.text.length]);
    for (const match of block.text.matchAll(SHORTCODE))
      block.frozen.push([match.index, match.index + match[0].length]);
    if (/\p{L}/u.test(block.text)) blocks.push(block);
  };
  const visit = (node: Nodes) => {
    if (PROSE_BLOCKS.has(node.type)) {
      read(node as { type: string; children: Nodes[] });
    } else if (node.type === 'html') {
      for (const { paragraph, quoted } of htmlProse(node, source)) if (!quoted) read(paragraph, true);
    } else if (CONTAINERS.has(node.type)) {
      for (const child of (node as { children: Nodes[] }).children) visit(child);
    }
  };
  visit(tree);
  return blocks;
}

function collect(node: Nodes, block: ProseBlock, source: string): void {
  const start = node.position?.start.offset ?? 0;
  if (node.type === 'text') {
    const end = node.position?.end.offset ?? start;
    block.map.addText(block.text.length, node.value, source.slice(start, end), start);
    block.text += node.value;
  } else if (INLINE_CONTAINERS.has(node.type)) {
    const start = block.text.length;
    for (const child of (node as { children: Nodes[] }).children) collect(child, block, source);
    if (node.type === 'link' || node.type === 'linkReference') block.frozen.push([start, block.text.length]);
  } else {
    block.map.addMark(block.text.length, start);
    block.text += node.type === 'break' ? ' ' : BARRIER;
  }
}
