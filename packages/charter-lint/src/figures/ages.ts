import type { Lang } from '../config/langs.js';
import type { WrittenNumber } from './scan-numbers.js';

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?`;
const WINDOW = 40;

/**
 * Where a person's age stands in a story, apart from a unit (`14 ans`,
 * `13 years old`, which the unit lists cover): an apposition after a name
 * (`Aïcha, 14,`, `Zara, 24, a nurse`), a name's parenthesis (`Aïcha (14)`),
 * or a relative clause (`who is 13`, `qui a 13`). Each pairs a pattern
 * ending at the number with one starting right after it.
 */
const AGE_FORMS: Record<Lang, readonly (readonly [before: RegExp, after: RegExp])[]> = {
  en: [
    [new RegExp(`(?:^|[^\\p{L}])${NAME},\\s$`, 'u'), /^,\s/u],
    [new RegExp(`(?:^|[^\\p{L}])${NAME}\\s\\($`, 'u'), /^\)/u],
    [
      /(?:^|[^\p{L}])(?:who|she|he|they)\s(?:is|was|turns|turned|is now|was then|had just turned)\s$/iu,
      /^(?![\p{L}\p{N}])/u,
    ],
  ],
  fr: [
    [new RegExp(`(?:^|[^\\p{L}])${NAME},\\s$`, 'u'), /^,\s/u],
    [new RegExp(`(?:^|[^\\p{L}])${NAME}\\s\\($`, 'u'), /^\)/u],
  ],
};

/** Oldest age read as one: larger numbers after a name are counts (`Mopti, 14,442`). */
const MAX_AGE = 110;

/**
 * True when `number` is a person's age written without a unit (content-rules
 * §1: `Aïcha, 14,`, `Aïcha (14)`, `who is 13`). Constant work per number.
 */
export function isAge(text: string, number: WrittenNumber, lang: Lang): boolean {
  if (number.grouped || !Number.isInteger(number.value) || number.value > MAX_AGE) return false;
  const before = text.slice(Math.max(0, number.start - WINDOW), number.start);
  const after = text.slice(number.end, number.end + 2);
  return AGE_FORMS[lang].some(([ending, following]) => ending.test(before) && following.test(after));
}
