import { nodesOf } from '../parse/nodes.js';
import type { Root } from 'mdast';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

/** A document's text with offset ↔ position conversion, for rules that scan the source. */
export interface SourceText {
  value: string;
  position(start: number, end: number): Position;
}

const cache = new WeakMap<VFile, SourceText>();

export function sourceText(file: VFile): SourceText {
  let text = cache.get(file);
  if (text === undefined) {
    const value = String(file.value ?? '');
    const place = location(value);
    // Offsets come from the tree or from scanning this same text, so they are in range.
    const point = (offset: number) => place.toPoint(offset) ?? { line: 1, column: 1, offset };
    text = { value, position: (start, end) => ({ start: point(start), end: point(end) }) };
    cache.set(file, text);
  }
  return text;
}

/** `[start, end)` source offsets of a node; a generated node (no position) is empty. */
export function offsetsOf(node: Node): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/** Where a position starts in the source. */
export const startOffset = (position: Position): number => position.start.offset ?? 0;

/** The source lines of `[start, end)`, each with its own offsets. */
export function linesOf(value: string, start: number, end: number): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let lineStart = start;
  for (const text of value.slice(start, end).split('\n')) {
    lines.push({ text: text.replace(/\r$/, ''), start: lineStart });
    lineStart += text.length + 1;
  }
  return lines;
}

const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Whether a source offset is in code, inline code or an HTML comment, for
 * scans of the raw source (HTML elements can span several Markdown blocks).
 */
export function maskOf(tree: Root, source: string): (offset: number) => boolean {
  const ranges: [number, number][] = [];
  for (const { node } of nodesOf(tree)) {
    if (node.type === 'code' || node.type === 'inlineCode') ranges.push(offsetsOf(node));
    if (node.type === 'html') {
      const [start] = offsetsOf(node);
      for (const comment of node.value.matchAll(COMMENT)) {
        const at = source.indexOf(comment[0], start);
        if (at !== -1) ranges.push([at, at + comment[0].length]);
      }
    }
  }
  return (offset) => ranges.some(([start, end]) => offset >= start && offset < end);
}
