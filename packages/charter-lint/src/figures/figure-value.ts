import type { Lang } from '../config/langs.js';
import { NUMBER_FORMATS } from './number-format.js';
import { scanNumbers } from './scan-numbers.js';

/** A statistic read as a number: what it says, and how finely it was written. */
export interface FigureValue {
  /** The amount it states: `20.25 million` is 20250000. */
  value: number;
  /**
   * The step of its last written digit: `20.25 million` is written to the
   * 10,000, `20,250,000` to the 10,000 too (trailing zeros round), `332,957`
   * to the unit. Two figures agree when each is within half its own step.
   */
  step: number;
  /** A percentage (`45 %`, `12,2 pour cent`): never equal to a count. */
  percent: boolean;
}

// Scale words and symbols of both languages, longest first; `m` only after a currency (`€3.5m`).
const SCALES: readonly [RegExp, number][] = [
  [/^\s?-?(?:trillions?)(?![\p{L}\p{N}])/iu, 1e12],
  [/^\s?-?(?:billions?|milliards?|bn|Mds?|Mrds?)(?![\p{L}\p{N}])/u, 1e9],
  [/^\s?-?(?:millions?|mn|M|m)(?![\p{L}\p{N}])/u, 1e6],
  [/^\s?-?(?:thousand|mille|k)(?![\p{L}\p{N}])/u, 1e3],
];
const PERCENT = /^\s?-?(?:%|per\s?cent|percent|pct|pour\s?cent|p\. ?100)/iu;

/** The step of a number as written: its last decimal digit, or its last non-zero digit. */
function writtenStep(digits: string): number {
  const [whole = '', fraction] = digits.split('.');
  if (fraction !== undefined) return 10 ** -fraction.length;
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0;
  return 10 ** Math.min(zeros, Math.max(0, whole.length - 1));
}

/**
 * Reads a statistic as written in `lang` (`20.25 million`, `20,25 millions`,
 * `20 250 000`, `€3.5m`, `12,2 %`) as a number; `undefined` when it holds
 * none. A range (`6–59`) reads as its first number.
 */
export function figureValue(text: string, lang: Lang): FigureValue | undefined {
  const [number] = scanNumbers(text, NUMBER_FORMATS[lang]);
  if (number === undefined) return undefined;
  const digits = String(text.slice(number.start, number.end))
    .replace(/[\s\u00a0\u202f]/gu, '')
    .replace(lang === 'fr' ? /\.(?=\d{3}(?:\D|$))/g : /,/g, '')
    .replace(',', '.');
  const after = text.slice(number.end);
  const scale = SCALES.find(([pattern]) => pattern.test(after))?.[1] ?? 1;
  const step = writtenStep(Number.isFinite(Number(digits)) ? digits : String(number.value));
  return { value: number.value * scale, step: step * scale, percent: PERCENT.test(after) };
}

/** Whether two figures say the same within the rounding each was written with. */
export function sameFigure(a: FigureValue, b: FigureValue): boolean {
  if (a.percent !== b.percent) return false;
  const tolerance = Math.max(a.step, b.step) / 2;
  // Float error: 20.25 × 1e6 is 20250000.000000004.
  return Math.abs(a.value - b.value) <= tolerance * (1 + 1e-9);
}

/** An exact number (a registry's value) as a figure. */
export const exactFigure = (value: number, percent = false): FigureValue => ({ value, step: 0, percent });
