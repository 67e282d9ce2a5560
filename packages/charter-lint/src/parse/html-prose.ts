import type { Html, Paragraph, PhrasingContent } from 'mdast';
import type { Point, Position } from 'unist';
import { firstIndexWhere } from '../text/first-index-where.js';
import { decodeReference } from './shared/decode.js';
import { lineStarts } from './shared/line-starts.js';

/** The prose of one block of an HTML block (`<p>`, `<li>`, `<td>`…), as a paragraph with source positions. */
export interface HtmlProse {
  paragraph: Paragraph;
  /** Inside a `<blockquote>`: someone else's words. */
  quoted: boolean;
}

// Elements whose start or end closes the prose before them: each holds prose of its own.
// prettier-ignore
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'td', 'th', 'tr', 'table', 'thead', 'tbody', 'tfoot',
  'caption', 'figure', 'figcaption', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section',
  'article', 'aside', 'header', 'footer', 'main', 'nav', 'details', 'summary', 'hr', 'address', 'center',
]);
// Elements whose content is never prose: code, scripts, styles, embedded documents.
const OPAQUE = new Set([
  'script',
  'style',
  'code',
  'pre',
  'textarea',
  'template',
  'svg',
  'math',
  'kbd',
  'samp',
]);

const TAG_NAME = /^<\/?([a-z][a-z0-9-]*)/i;
const REFERENCE = /&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;

/** The end of the tag opening at `start`: its `>` outside quoted attribute values. */
export function tagEnd(raw: string, start: number): number {
  let quote: string | undefined;
  for (let index = start + 1; index < raw.length; index++) {
    const char = raw[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index + 1;
    }
  }
  return raw.length;
}

const cache = new WeakMap<Html, HtmlProse[]>();

/**
 * The prose of an HTML block (content-rules §1: text in raw HTML is prose
 * like any other): one paragraph per block element, holding its text as
 * `text` nodes and its inline tags (`<a href>`, `<sup>`, `<img>`, `<em>`) as
 * inline `html` nodes, so every rule reads it as it reads Markdown, with
 * positions in the source. Attributes, comments, and the content of
 * `<script>`, `<style>`, `<code>` and `<pre>` are never prose. Linear in the
 * block's length; built once per node.
 */
export function htmlProse(node: Html, source: string): readonly HtmlProse[] {
  let found = cache.get(node);
  if (found !== undefined) return found;
  found = [];
  cache.set(node, found);
  const base = node.position?.start.offset;
  const end = node.position?.end.offset;
  // Inside a container the value loses its `>` or indent prefixes: without a faithful source, read nothing.
  if (base === undefined || end === undefined || source.slice(base, end) !== node.value) return found;
  const raw = node.value;
  const lower = raw.toLowerCase();
  let starts: number[] | undefined;
  const point = (offset: number): Point => {
    starts ??= lineStarts(source);
    const line = Math.max(0, firstIndexWhere(starts, (start) => start > offset) - 1);
    return { line: line + 1, column: offset - (starts[line] as number) + 1, offset };
  };
  const position = (from: number, to: number): Position => ({
    start: point(base + from),
    end: point(base + to),
  });
  let quoted = 0;
  let children: PhrasingContent[] = [];
  let first = 0;
  const flush = (at: number) => {
    const prose = children.some((child) => child.type === 'text' && /[\p{L}\p{N}]/u.test(child.value));
    if (prose) {
      (found as HtmlProse[]).push({
        paragraph: { type: 'paragraph', children, position: position(first, at) },
        quoted: quoted > 0,
      });
    }
    children = [];
  };
  const inline = (from: number, to: number) => {
    if (children.length === 0) first = from;
    children.push({ type: 'html', value: raw.slice(from, to), position: position(from, to) });
  };
  let index = 0;
  while (index < raw.length) {
    const open = raw.indexOf('<', index);
    const textEnd = open === -1 ? raw.length : open;
    if (textEnd > index) {
      const written = raw.slice(index, textEnd);
      if (children.length === 0) first = index;
      const value = written.replace(REFERENCE, (whole, name: string) => decodeReference(name) || whole);
      children.push({ type: 'text', value, position: position(index, textEnd) });
    }
    if (open === -1) break;
    if (raw.startsWith('<!--', open)) {
      const close = raw.indexOf('-->', open + 4);
      index = close === -1 ? raw.length : close + 3;
      continue;
    }
    const name = TAG_NAME.exec(raw.slice(open, open + 40))?.[1]?.toLowerCase();
    const after = name === undefined ? open + 1 : tagEnd(raw, open);
    if (name === undefined) {
      // A `<` that opens no tag (`a < b`, `<!DOCTYPE>`) is text, or a declaration to skip.
      if (raw[open + 1] === '!' || raw[open + 1] === '?') {
        index = tagEnd(raw, open);
      } else {
        if (children.length === 0) first = open;
        children.push({ type: 'text', value: '<', position: position(open, open + 1) });
        index = open + 1;
      }
      continue;
    }
    const closing = raw[open + 1] === '/';
    if (!closing && OPAQUE.has(name)) {
      const close = lower.indexOf(`</${name}`, after);
      const elementEnd = close === -1 ? raw.length : tagEnd(raw, close);
      inline(open, elementEnd);
      index = elementEnd;
      continue;
    }
    if (BLOCKS.has(name)) {
      flush(open);
      if (name === 'blockquote') quoted = Math.max(0, quoted + (closing ? -1 : 1));
    } else if (name === 'br') {
      if (children.length === 0) first = open;
      children.push({ type: 'break', position: position(open, after) });
    } else {
      inline(open, after);
    }
    index = after;
  }
  flush(raw.length);
  return found;
}
