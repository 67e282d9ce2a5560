/** Unicode superscript digits, indexed by their value. */
const DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A run of superscript digits, the seed's marker convention (`inhabitants¹`). */
export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/** `¹²` → 12 (a run is one number, as typeset). */
export function fromSuperscript(run: string): number {
  return Number([...run].map((character) => DIGITS.indexOf(character)).join(''));
}

/** 12 → `¹²`. */
export function toSuperscript(value: number): string {
  return [...String(value)].map((digit) => DIGITS[Number(digit)]).join('');
}
