/**
 * What a `²`/`³` right after it raises to a power: a unit of length (`12 km²`,
 * `m³`, `12 km<sup>2</sup>`) or a bracketed symbol (`ST(SI)²`). Neither a
 * figure nor a note marker.
 */
const POWERED = /(?:(?:^|[^\p{L}])(?:[kcdmµ]?m|mi|ft|in|yd)|\(\p{Lu}[\p{Lu}\p{N}]*\))$/u;

/** Whether the superscript `value` (2 or 3) written at `at` of `text` is an exponent, not a note marker. */
export function isExponent(value: number, text: string, at: number): boolean {
  return (value === 2 || value === 3) && POWERED.test(text.slice(Math.max(0, at - 8), at));
}
