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
