import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';

const MDX_TOKENS = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowTag',
  'mdxJsxTextTag',
]);
/** Container prefixes inside a multi-line MDX construct stay, or the blockquote or list would end. */
const KEPT_TOKENS = new Set(['blockQuotePrefix', 'linePrefix']);

/** `{/* charter-lint disable x *\/}`: MDX's comment, read as a suppression comment. */
const COMMENT = /^\{\s*\/\*\s*(charter-lint\b[^]*?)\s*\*\/\s*\}$/;

export interface MaskedMdx {
  /** The text with every MDX construct masked, each character at its offset. */
  text: string;
  /** Masked ranges `[start, end)`: findings starting inside them are about the mask, not the text. */
  ranges: [number, number][];
}

/** An MDX syntax error, where micromark stopped. */
export interface MdxSyntaxError {
  reason: string;
  line: number;
  column: number;
}

/** The mask of a construct on one line, of `source`'s length. */
function oneLineMask(source: string): string {
  const { length } = source;
  const comment = COMMENT.exec(source.trim())?.[1];
  // `{/* charter-lint … */}` is 1 character shorter than `<!-- charter-lint … -->` only without spaces.
  if (comment !== undefined && length >= comment.length + 8)
    return `<!-- ${comment}`.padEnd(length - 3) + '-->';
  if (length >= 7) return `<!--${' '.repeat(length - 7)}-->`;
  // Too short for a comment: an unknown element of the same length (an HTML block when on its own line).
  if (length >= 3) return `<x${' '.repeat(length - 3)}>`;
  return ' '.repeat(length);
}

/**
 * The mask of a construct over several lines, `lines` holding the count of
 * fillable characters on each: a comment whose `-->` ends the last line, or
 * an element whose attributes (`a`) keep every line non-blank, so neither a
 * paragraph nor an HTML block ends inside it. Returned line by line.
 */
function multiLineMask(lines: readonly number[]): string[] {
  const first = lines[0] ?? 0;
  const last = lines.at(-1) ?? 0;
  if (first >= 4 && last >= 3) {
    return lines.map((count, line) => {
      let text = '.'.repeat(count);
      if (line === 0) text = `<!--${text.slice(4)}`;
      if (line === lines.length - 1) text = `${text.slice(0, -3)}-->`;
      return text;
    });
  }
  // `{` alone on its line: dots keep each line non-blank (a paragraph of no words).
  if (first < 2) return lines.map((count) => '.'.repeat(count));
  return lines.map((count, line) => {
    let text =
      line === 0 ? `<x${' '.repeat(count - 2)}` : `a${' '.repeat(Math.max(0, count - 1))}`.slice(0, count);
    if (line === lines.length - 1) text = `${text.slice(0, -1)}>`;
    return text;
  });
}

/** The mask characters for the fillable offsets of one construct, in order. */
function maskOf(source: string, fillable: readonly number[]): string {
  const text = fillable.map((index) => source[index] ?? '').join('');
  const counts: number[] = [0];
  for (const [position, index] of fillable.entries()) {
    const previous = fillable[position - 1];
    if (previous !== undefined && /[\r\n]/.test(source.slice(previous, index))) counts.push(0);
    counts[counts.length - 1] = (counts.at(-1) ?? 0) + 1;
  }
  return counts.length === 1 ? oneLineMask(text) : multiLineMask(counts).join('');
}

/**
 * Masks MDX syntax with HTML of the same length so markdownlint and the
 * rules, which read CommonMark, see no prose in it and every position stays
 * right: long constructs become comments (`<!--   -->`), short ones an
 * unknown element (`<x>`), line breaks and container prefixes are kept. MDX
 * comments that hold a suppression (`{/* charter-lint disable x *\/}`)
 * become one (`<!-- charter-lint disable x -->`). Returns an error where the
 * text is not valid MDX.
 */
export function maskMdx(source: string): MaskedMdx | MdxSyntaxError {
  let events;
  try {
    events = postprocess(
      parse({ extensions: [frontmatter(), mdxjs()] })
        .document()
        .write(preprocess()(source, undefined, true)),
    );
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number } }).place;
    return {
      reason: (error as Error).message,
      line: place?.line ?? 1,
      column: place?.column ?? 1,
    };
  }
  const chars = source.split('');
  const ranges: [number, number][] = [];
  let depth = 0;
  let open: { start: number } | undefined;
  const kept: [number, number][] = [];
  for (const [kind, token] of events) {
    if (KEPT_TOKENS.has(token.type) && depth > 0 && kind === 'enter')
      kept.push([token.start.offset, token.end.offset]);
    if (!MDX_TOKENS.has(token.type)) continue;
    if (kind === 'enter') {
      if (depth++ === 0) open = { start: token.start.offset };
    } else if (--depth === 0 && open) {
      const [start, end] = [open.start, token.end.offset];
      ranges.push([start, end]);
      const keep = new Set<number>();
      for (const [from, to] of kept) for (let index = from; index < to; index++) keep.add(index);
      // Line breaks stay so lines keep their numbers, container prefixes so containers go on.
      const fillable: number[] = [];
      for (let index = start; index < end; index++) {
        const original = source[index];
        if (original !== '\n' && original !== '\r' && !keep.has(index)) fillable.push(index);
      }
      const masked = maskOf(source, fillable);
      for (const [position, index] of fillable.entries()) chars[index] = masked[position] ?? ' ';
      kept.length = 0;
    }
  }
  return { text: chars.join(''), ranges };
}
