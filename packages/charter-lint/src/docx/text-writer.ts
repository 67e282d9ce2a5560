import type { Point, Position } from 'unist';

/** Writes the text the rules read, one Word paragraph a line, and gives each piece's position in it. */
export class TextWriter {
  text = '';
  #line = 1;
  #lineStart = 0;

  point(): Point {
    return { line: this.#line, column: this.text.length - this.#lineStart + 1, offset: this.text.length };
  }

  /** Appends `value` (no line breaks) and returns where it is. */
  write(value: string): Position {
    const start = this.point();
    this.text += value;
    return { start, end: this.point() };
  }

  /** Ends the current line: the next paragraph starts on the next one. */
  newline(): Position {
    const start = this.point();
    this.text += '\n';
    this.#line += 1;
    this.#lineStart = this.text.length;
    return { start, end: this.point() };
  }

  /** The number of the current line (1-based). */
  get line(): number {
    return this.#line;
  }
}
