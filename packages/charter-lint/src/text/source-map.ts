import { alignToSource } from './align.js';
import { firstIndexWhere } from './first-index-where.js';

/** Where a run of a flattened text came from: `base + i` for verbatim text, else an alignment. */
interface Segment {
  start: number;
  length: number;
  base: number;
  offsets?: Int32Array;
}

/**
 * Maps the characters of a text flattened from Markdown nodes back to their
 * source offsets. Verbatim runs, most of a page, cost one segment each; only
 * runs that differ from their source (escapes, character references,
 * container prefixes) keep a per-character alignment.
 */
export class SourceMap {
  readonly #segments: Segment[] = [];

  /** Records that `value`, at offset `start` of the text, is the source's `raw`, which starts at `base`. */
  addText(start: number, value: string, raw: string, base: number): void {
    const segment: Segment = { start, length: value.length, base };
    if (raw !== value) segment.offsets = alignToSource(value, raw, base);
    this.#segments.push(segment);
  }

  /** Records that the character at offset `start` of the text stands for the source at `base`. */
  addMark(start: number, base: number): void {
    this.#segments.push({ start, length: 1, base });
  }

  /** The source offset of the text's character `index`, or `undefined` for one recorded nowhere. */
  sourceOffset(index: number): number | undefined {
    const segment =
      this.#segments[firstIndexWhere(this.#segments, (next) => index < next.start + next.length)];
    if (segment === undefined || index < segment.start) return undefined;
    return segment.offsets?.[index - segment.start] ?? segment.base + index - segment.start;
  }
}
