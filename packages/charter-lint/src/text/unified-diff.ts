/** Lines of context around each change, as `diff -u` and git print. */
const CONTEXT = 3;

type Edit = { kind: ' ' | '-' | '+'; line: string };

const NO_NEWLINE = '\\ No newline at end of file\n';

/** A text's lines, and whether its last one lacks a line ending. */
function linesOf(text: string): { lines: string[]; open: boolean } {
  const lines = text.split('\n');
  const open = lines.at(-1) !== '';
  if (!open) lines.pop();
  return { lines, open };
}

/**
 * The shortest line edit script from `a` to `b` (Myers' O(ND) algorithm):
 * fixes change a few lines of a page, so D stays small and a long page costs
 * little more than reading it.
 */
function editScript(a: readonly string[], b: readonly string[]): Edit[] {
  const max = a.length + b.length;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down =
        k === -d || (k !== d && (frontier[offset + k - 1] as number) < (frontier[offset + k + 1] as number));
      let x = down ? (frontier[offset + k + 1] as number) : (frontier[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= a.length && y >= b.length) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end to recover the edits.
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : (v[offset + previousK] as number);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      y--;
      edits.push({ kind: ' ', line: a[--x] as string });
    }
    if (d > 0) {
      if (down) edits.push({ kind: '+', line: b[--y] as string });
      else edits.push({ kind: '-', line: a[--x] as string });
    }
  }
  return edits.reverse();
}

const range = (start: number, count: number): string =>
  count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;

/**
 * A unified diff from `before` to `after` of the file at `path` (`--- a/path`,
 * `+++ b/path`, `@@` hunks with three lines of context), as `git apply` and
 * `patch -p1` read it; the empty string when nothing changed.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const { lines: a, open: aOpen } = linesOf(before);
  const { lines: b, open: bOpen } = linesOf(after);
  const edits = editScript(a, b);
  // The last edit reading each side's last line, to mark it when it has no line ending.
  let aLast = -1;
  let bLast = -1;
  edits.forEach((edit, at) => {
    if (edit.kind !== '+') aLast = at;
    if (edit.kind !== '-') bLast = at;
  });
  const printed = (edit: Edit, at: number): string => {
    const open = (aOpen && at === aLast && edit.kind !== '+') || (bOpen && at === bLast && edit.kind !== '-');
    return `${edit.kind}${edit.line}\n${open ? NO_NEWLINE : ''}`;
  };
  const hunks: string[] = [];
  let index = 0;
  while (index < edits.length) {
    while (index < edits.length && (edits[index] as Edit).kind === ' ') index++;
    if (index >= edits.length) break;
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    // A hunk runs on while the next change is within twice the context.
    for (let next = index; next < edits.length; next++) {
      if ((edits[next] as Edit).kind !== ' ') end = next;
      else if (next - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(edits.length, end + CONTEXT + 1);
    let aStart = 1;
    let bStart = 1;
    for (const edit of edits.slice(0, start)) {
      if (edit.kind !== '+') aStart++;
      if (edit.kind !== '-') bStart++;
    }
    const lines = edits.slice(start, stop);
    const aCount = lines.filter((edit) => edit.kind !== '+').length;
    const bCount = lines.filter((edit) => edit.kind !== '-').length;
    hunks.push(
      `@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@\n${lines.map((edit, at) => printed(edit, start + at)).join('')}`,
    );
    index = stop;
  }
  return `--- a/${path}\n+++ b/${path}\n${hunks.join('')}`;
}
