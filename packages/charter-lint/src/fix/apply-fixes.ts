import type { Fix } from '../report/finding.js';

export interface AppliedFixes {
  output: string;
  /** Fixes applied. */
  applied: number;
  /** Fixes left for a later pass because they overlap one applied, or are out of range. */
  skipped: number;
}

/**
 * Applies non-overlapping fixes in one pass: sorted by offset, the output is
 * built once from the kept text between them and their replacements, so
 * time grows linearly with the text and the number of fixes (rebuilding the
 * text for every fix took minutes for 40,000 fixes). Where fixes overlap,
 * the one starting first wins and the others wait for the next pass (after
 * a re-lint). Text outside the fixed ranges is
 * never touched.
 */
export function applyFixes(source: string, fixes: readonly Fix[]): AppliedFixes {
  const valid = fixes.filter(
    (fix) =>
      Number.isInteger(fix.start) &&
      Number.isInteger(fix.end) &&
      fix.start >= 0 &&
      fix.start <= fix.end &&
      fix.end <= source.length,
  );
  const ordered = [...valid].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  for (const fix of ordered) {
    const previous = chosen.at(-1);
    const sameAsPrevious =
      previous?.start === fix.start && previous.end === fix.end && previous.text === fix.text;
    if (sameAsPrevious) continue;
    // Touching ranges are fine; sharing a character, or two inserts at one point, is not.
    if (previous && (fix.start < previous.end || (fix.start === previous.start && fix.start === fix.end)))
      continue;
    chosen.push(fix);
  }
  const pieces: string[] = [];
  let kept = 0;
  for (const fix of chosen) {
    pieces.push(source.slice(kept, fix.start), fix.text);
    kept = fix.end;
  }
  pieces.push(source.slice(kept));
  const output = pieces.join('');
  const duplicates =
    ordered.length - new Set(ordered.map((fix) => `${fix.start}:${fix.end}:${fix.text}`)).size;
  return { output, applied: chosen.length, skipped: fixes.length - chosen.length - duplicates };
}
