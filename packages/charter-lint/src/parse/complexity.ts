/**
 * Shapes of Markdown on which micromark (in markdownlint and in remark-parse)
 * or markdownlint's rules take time quadratic in their size, measured in
 * `bench/robustness.js`: nested `[[[…]]]` (every `]` re-reads its label),
 * container markers repeated on one line (`> > > …`, `- - - …`: every marker
 * re-tries a thematic break over the rest of the line, and the compiler
 * re-walks the nested lists), and table rows with many cells (MD060 measures
 * the width of the row's start at every pipe), and lines with many emphasis
 * markers (MD037 matches a regular expression against the line's start at
 * every unpaired marker: `*a *a *a …`), and paragraphs of thousands of lines
 * (markdownlint's micromark, with its extra extensions, merges the text
 * events of a paragraph by splicing one array per merge: an unclosed `<!--`
 * or front matter makes the rest of a file one paragraph). No prose comes
 * near the bounds.
 */
export const COMPLEXITY_BOUNDS = {
  /** Unescaped `[` open at once. */
  bracketDepth: 100,
  /** Container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) at the start of one line. */
  markersOnALine: 100,
  /** Pipes on one line. */
  pipesOnALine: 500,
  /** `*` and `_` on one line. */
  emphasisMarkersOnALine: 500,
  /** Consecutive non-blank lines without a `|` (table rows are linear). */
  linesInAParagraph: 2000,
} as const;

/** A shape too complex to parse or lint in linear time, and where it first reaches the bound. */
export interface Complexity {
  reason: string;
  line: number;
  /**
   * The text with the excess syntax replaced, character for character, by
   * text that means nothing to Markdown (brackets past the bound by
   * parentheses, markers past the bound by no-break spaces): same length,
   * same offsets, so findings on it point into the original; only `undefined`
   * when nothing needs replacing for our own parser (wide table rows, emphasis).
   */
  defused?: string;
}

const SPACE = 0x20;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Whether the line from `start` to `end` starts, after spaces, with a character a container marker may start with. */
function mayStartWithMarker(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && text.charCodeAt(index) === SPACE) index++;
  const code = text.charCodeAt(index);
  return code === 0x3e || code === 0x2d || code === STAR || code === 0x2b || (code >= 0x30 && code <= 0x39);
}

/** Where the container markers at the start of `line` (from `start` to `end` in `text`) end, and how many there are. */
function leadingMarkers(text: string, start: number, end: number): { count: number; ends: number[] } {
  const ends: number[] = [];
  let index = start;
  for (;;) {
    while (index < end && text[index] === ' ') index++;
    const char = text[index];
    let next = index;
    if (char === '>') next = index + 1;
    else if (char === '-' || char === '*' || char === '+') next = text[index + 1] === ' ' ? index + 1 : index;
    else {
      while (next < end && next - index < 9 && text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 57)
        next++;
      next =
        next > index && (text[next] === '.' || text[next] === ')') && text[next + 1] === ' '
          ? next + 1
          : index;
    }
    if (next === index) return { count: ends.length, ends };
    ends.push(next);
    index = next;
  }
}

/**
 * The first shape of `text` past `COMPLEXITY_BOUNDS`, in one pass, or
 * `undefined` for ordinary prose.
 */
export function complexityOf(text: string): Complexity | undefined {
  let line = 1;
  let depth = 0;
  let found: Complexity | undefined;
  let chars: string[] | undefined;
  let paragraphLines = 0;
  const replace = (index: number, by: string) => {
    chars ??= text.split('');
    chars[index] = by;
  };
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (mayStartWithMarker(text, start, end)) {
      const markers = leadingMarkers(text, start, end);
      if (markers.count > COMPLEXITY_BOUNDS.markersOnALine) {
        found ??= { reason: `${markers.count} nested block quotes or list markers on one line`, line };
        for (let marker = COMPLEXITY_BOUNDS.markersOnALine; marker < markers.count; marker++) {
          const markerEnd = markers.ends[marker] ?? start;
          for (let index = markers.ends[marker - 1] ?? markerEnd; index < markerEnd; index++)
            if (text.charCodeAt(index) !== SPACE) replace(index, '\u00A0');
        }
      }
    }
    let pipes = 0;
    let emphasis = 0;
    let blank = true;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code > SPACE) blank = false;
      if (code === BACKSLASH) index++;
      else if (code === PIPE) pipes++;
      else if (code === STAR || code === UNDERSCORE) emphasis++;
      else if (code === OPEN_BRACKET) {
        depth++;
        if (depth > COMPLEXITY_BOUNDS.bracketDepth) {
          found ??= { reason: `more than ${COMPLEXITY_BOUNDS.bracketDepth} nested [ brackets`, line };
          replace(index, '(');
        }
      } else if (code === CLOSE_BRACKET && depth > 0) {
        if (depth > COMPLEXITY_BOUNDS.bracketDepth) replace(index, ')');
        depth--;
      }
    }
    // A blank line ends every paragraph, so no label stays open across it.
    if (blank) {
      depth = 0;
      paragraphLines = 0;
    } else if (pipes === 0 && ++paragraphLines > COMPLEXITY_BOUNDS.linesInAParagraph) {
      found ??= { reason: `a paragraph of more than ${COMPLEXITY_BOUNDS.linesInAParagraph} lines`, line };
    }
    if (pipes > COMPLEXITY_BOUNDS.pipesOnALine)
      found ??= { reason: `${pipes} table cells on one line`, line };
    if (emphasis > COMPLEXITY_BOUNDS.emphasisMarkersOnALine)
      found ??= { reason: `${emphasis} emphasis markers on one line`, line };
    start = end + 1;
  }
  if (found && chars) found.defused = chars.join('');
  return found;
}
