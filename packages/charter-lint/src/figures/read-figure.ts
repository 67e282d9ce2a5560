import type { Lang } from '../config/langs.js';
import { FIGURE_CONTEXT } from './context.js';
import { NUMBER_FORMATS } from './number-format.js';
import { scanNumbers } from './scan-numbers.js';

/** A figure read at the start of a text, as the rules read numbers: `20.25 million`, `185,000`, `20,25 millions`. */
export interface ReadFigure {
  /** The number it stands for: `20.25 million` → 20250000. */
  value: number;
  /** The figure as written, scale word included: `20.25 million`. */
  text: string;
  /** Where the figure ends in the text. */
  end: number;
  /** Written with a scale word (`million`, `milliards`): shown in compact notation. */
  scaled: boolean;
}

/**
 * What each scale word multiplies by. French `billion` is a million millions
 * (long scale), English `billion` a thousand millions.
 */
const FACTORS: Readonly<Record<Lang, Readonly<Record<string, number>>>> = {
  en: { thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 },
  fr: { mille: 1e3, million: 1e6, m: 1e6, milliard: 1e9, md: 1e9, mrd: 1e9, billion: 1e12 },
};

/**
 * Reads the figure a text starts with (leading spaces allowed), in the
 * language's number format and scale words, with the same number scanner
 * and vocabulary as `sourced-figures`. `undefined` when the text does not
 * start with a number.
 */
export function readFigure(text: string, lang: Lang = 'en'): ReadFigure | undefined {
  const lead = text.length - text.trimStart().length;
  const [first] = scanNumbers(text.slice(lead, lead + 64), NUMBER_FORMATS[lang]);
  if (first === undefined || first.start !== 0 || first.dotted) return undefined;
  const numberEnd = lead + first.end;
  const after = text.slice(numberEnd);
  for (const pattern of FIGURE_CONTEXT[lang].scaleAfter) {
    const scale = pattern.exec(after);
    if (scale === null) continue;
    const word = scale[0]
      .replace(/^\s?-?/u, '')
      .toLowerCase()
      .replace(/s$/u, '');
    const factor = FACTORS[lang][word];
    if (factor === undefined) continue;
    const end = numberEnd + scale[0].length;
    // Multiplying in decimal text keeps 20.25 × 10⁶ exact (20250000, not 20249999.999…).
    const value = Number(`${first.value}e${Math.log10(factor)}`);
    return { value, text: text.slice(lead, end), end, scaled: true };
  }
  return { value: first.value, text: text.slice(lead, numberEnd), end: numberEnd, scaled: false };
}
