import type { MicromarkToken } from 'markdownlint';
import type { Point, Position } from 'unist';

/**
 * One conversion of markdownlint's token tree to mdast: where the tokens sit
 * in the file, and what mdast-util-from-markdown's compiler would carry from
 * one token to the next.
 */
export interface Conversion {
  /** The whole file, front matter included. */
  readonly text: string;
  /** The offset at which each line of `text` starts. */
  readonly starts: readonly number[];
  /** The lines of front matter markdownlint removed before it parsed: its lines are that many lines up. */
  readonly lineDelta: number;
  /** Inside a GFM table, where inline code unescapes pipes (mdast-util-gfm-table). */
  inTable: boolean;
  /** How many block quotes, lists and footnote definitions hold the token being converted. */
  containers: number;
  /** How many flow and phrasing tokens hold the token being converted (see `MAX_DEPTH`). */
  depth: number;
  /** Set where the tree could differ from our parser's: the caller parses the file itself. */
  declined: boolean;
}

/**
 * The deepest nesting the conversion follows; deeper, it declines and the
 * caller parses the file itself. The conversion recurses about twice per
 * level, so 2,500 nested `>` overflowed the stack; 500 levels stay far from
 * it (on worker threads too) and well past any prose, and keep the shared
 * parse for moderately deep lists, where parsing twice would cost most.
 */
export const MAX_DEPTH = 500;

/**
 * Enters one more level of nesting; false (and the conversion declined) past
 * `MAX_DEPTH`. Every `enter` is paired with a `leave`.
 */
export function enter(conversion: Conversion): boolean {
  conversion.depth++;
  if (conversion.depth <= MAX_DEPTH) return true;
  conversion.declined = true;
  return false;
}

/** Leaves the level `enter` entered. */
export function leave(conversion: Conversion): void {
  conversion.depth--;
}

/** A new conversion of the body markdownlint parsed of `text`. */
export function startConversion(text: string, starts: readonly number[], lineDelta: number): Conversion {
  return { text, starts, lineDelta, inTable: false, containers: 0, depth: 0, declined: false };
}

/** The offset in the file of markdownlint's `line` (front matter removed) and `column`. */
export function offsetAt(conversion: Conversion, line: number, column: number): number {
  return (conversion.starts[line + conversion.lineDelta - 1] ?? 0) + column - 1;
}

/** The point in the file at markdownlint's `line` (front matter removed) and `column`. */
export function pointAt(conversion: Conversion, line: number, column: number): Point {
  return { line: line + conversion.lineDelta, column, offset: offsetAt(conversion, line, column) };
}

/** Where `token` starts in the file. */
export function startOf(conversion: Conversion, token: MicromarkToken): Point {
  return pointAt(conversion, token.startLine, token.startColumn);
}

/** Where `token` ends in the file. */
export function endOf(conversion: Conversion, token: MicromarkToken): Point {
  return pointAt(conversion, token.endLine, token.endColumn);
}

/** The position of `token` in the file. */
export function positionOf(conversion: Conversion, token: MicromarkToken): Position {
  return { start: startOf(conversion, token), end: endOf(conversion, token) };
}
