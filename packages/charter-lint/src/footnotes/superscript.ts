/** Unicode superscript digits, indexed by their value. */
const DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The most digits a note number has. Longer runs (`¹²³⁴⁵`) are not markers:
 * no page has ten thousand notes, and reading one as a number would make
 * `footnote-sequence` list every note "missing" before it.
 */
export const MAX_MARKER_DIGITS = 3;

/** A run of superscript digits, the seed's marker convention (`inhabitants¹`). */
export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/** `¹²` → 12 (a run is one number, as typeset). */
export function fromSuperscript(run: string): number {
  return Number([...run].map((character) => DIGITS.indexOf(character)).join(''));
}

/** The note number a run of superscript digits marks, or `undefined` if the run is too long to be a marker. */
export function markerNumber(run: string): number | undefined {
  return run.length <= MAX_MARKER_DIGITS ? fromSuperscript(run) : undefined;
}

/** 12 → `¹²`. */
export function toSuperscript(value: number): string {
  return [...String(value)].map((digit) => DIGITS[Number(digit)]).join('');
}
