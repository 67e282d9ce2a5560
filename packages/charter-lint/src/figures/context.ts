import type { Lang } from '../config/langs.js';
import { CURRENCIES, VOCABULARY, type FigureVocabulary } from './vocabulary.js';

/**
 * The vocabulary compiled once per language into anchored patterns: the
 * `…After` ones are matched at the start of the text just after a number,
 * the `…Before` ones (sticky) from a word start to the end of the text just
 * before it, see {@link endsWithAny}. Windows are short and no pattern nests
 * quantifiers, so each test costs constant time.
 */
export interface FigureContext {
  currencyBefore: RegExp;
  currencyAfter: RegExp;
  scaleAfter: RegExp[];
  percentAfter: RegExp;
  /** A unit right after a number: `6 weeks`, `1.2 kg`, `500 kcal`. */
  unitAfter: RegExp;
  /** A unit that measures (not `pages`, `times`): `6 weeks`, `1.2 kg`; no proportion starts there. */
  measureAfter: RegExp;
  /** Durations, ages, measurements, times of day, dates, addresses. */
  notQuantityAfter: RegExp[];
  /** Identifiers, versions, ranks, ages, dates. */
  notQuantityBefore: RegExp[];
  /**
   * A measure and a joiner before a number that leaves the unit out
   * (`24 heures sur 24`): that number is the same kind of measure, when no
   * word follows it to say otherwise.
   */
  unitElidedBefore: RegExp[];
  /** After that second number: a word that says what it counts after all (`sur 40 familles`). */
  unitElidedCounted: RegExp;
  perBefore: RegExp[];
  /** Before a plain number (no group separators): an acronym naming a code or a document, `DGI 320`. */
  codeBefore: RegExp[];
  /** Before an amount of money: the gift an appeal asks for (`a gift of`, `un don de`). */
  appealBefore: RegExp[];
  /** After an amount of money: what the gift does (`can buy`, `permet de`). */
  appealAfter: RegExp;
  /** Matched from the number's first digit: `508 compliant`, `404 error`. */
  namedNumber: RegExp;
}

/** Alternatives of a regular expression, as one group. */
export const any = (words: readonly string[]): string => `(?:${words.join('|')})`;
/** Like `any`, where a space between words may be any spacing, a line break too (pandoc wraps lines). */
export const anyWords = (words: readonly string[]): string =>
  any(words.map((word) => word.replaceAll(' ', '\\s+')));
/** After a word: no letter or digit follows. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

function compile(vocabulary: FigureVocabulary, lang: Lang): FigureContext {
  const streets =
    lang === 'en'
      ? new RegExp(
          `^,?\\s+(?:[NSEW]\\.?\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*\\s+){0,3}${any(vocabulary.streets)}${WORD_END}`,
          'u',
        )
      : new RegExp(`^,?\\s+(?:bis\\s+|ter\\s+)?${any(vocabulary.streets)}${WORD_END}`, 'iu');
  const months = new RegExp(
    `^(?:st|nd|rd|th|er)?\\s+${any(vocabulary.months)}${WORD_END}`,
    lang === 'en' ? 'u' : 'iu',
  );
  // `45 km²`, `12 m³`: an exponent belongs to its unit.
  const unit = `(?:${any(vocabulary.unitQualifiers)}\\s)?${any(vocabulary.units)}[²³]?${WORD_END}`;
  const listItem = '\\d{1,4}(?:[.,]\\d+)?';
  const unitAfter = new RegExp(`^\\+?(?:\\s|-)?${unit}`, 'u');
  const counting = new Set(vocabulary.countingUnits);
  const measures = vocabulary.units.filter((candidate) => !counting.has(candidate));
  return {
    unitAfter,
    measureAfter: new RegExp(`^\\s?-?${any(measures)}[²³]?${WORD_END}`, 'u'),
    currencyBefore: new RegExp(`${any(CURRENCIES)}\\s?$`, 'u'),
    currencyAfter: new RegExp(`^\\s?(?:€|\\$|£|${any(CURRENCIES)}${WORD_END})`, 'u'),
    scaleAfter: [
      new RegExp(`^\\s?-?${any(vocabulary.scale)}${WORD_END}`, 'iu'),
      new RegExp(`^\\s?${any(vocabulary.scaleSymbols)}${WORD_END}`, 'u'),
    ],
    percentAfter: new RegExp(`^\\s?-?${any(vocabulary.percent)}${WORD_END}`, 'iu'),
    notQuantityAfter: [
      unitAfter,
      // The first items of a list that ends in a unit: the `30` and `60` of `30, 60 or even 90 minutes`.
      new RegExp(
        `^(?:,\\s${listItem}){0,6},?\\s+${any(vocabulary.listJoiners)}\\s+(?:\\p{L}+\\s+)?${listItem}\\s?-?${unit}`,
        'u',
      ),
      new RegExp(`^\\s?°`, 'u'),
      new RegExp(`^\\s?${any(vocabulary.clock)}${WORD_END}`, 'u'),
      new RegExp(`^\\s+${any(vocabulary.ageAfter)}${WORD_END}`, 'iu'),
      // A compound adjective (`8-month-old`, `24-hour`, `508-compliant`) describes, it does not count.
      /^-\p{L}/u,
      months,
      streets,
      ...vocabulary.streetsFirst.map((street) => new RegExp(`^,?\\s+${street}\\s`, 'u')),
    ],
    notQuantityBefore: [
      new RegExp(`${any(vocabulary.labels)}\\s*(?:#|n[°o]\\.?\\s*)?$`, 'iuy'),
      new RegExp(`${any(vocabulary.months)}\\s+(?:the\\s+)?$`, lang === 'en' ? 'uy' : 'iuy'),
      // The year of `July 4, 1776`.
      new RegExp(`${any(vocabulary.months)}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+$`, 'uy'),
      new RegExp(
        `${any(vocabulary.people)}\\s+(?:under|over|below|above|aged|de moins de|de plus de|âgés de)\\s+$`,
        'iuy',
      ),
      /[#§№]\s?$/uy,
      // French: a singular article names one thing, not a count: `dans le 93` (a département), `au 12`.
      ...(lang === 'fr' ? [/(?:le|du|au)\s$/iuy] : []),
      // The minutes of `14 h 30`.
      /\d{1,2}\s?h\s?$/uy,
    ],
    unitElidedCounted: new RegExp(`^\\s*(?!${any(vocabulary.functionWords)}${WORD_END})\\p{L}`, 'iu'),
    unitElidedBefore: [
      new RegExp(`\\d[\\d.,]*\\s?${unit}\\s+${anyWords(vocabulary.unitElidedJoiners)}\\s+$`, 'uy'),
    ],
    perBefore: [new RegExp(`${any(vocabulary.per)}\\s+$`, 'iuy')],
    codeBefore: [/\p{Lu}{2,}[\p{Lu}\d]*\s$/uy],
    appealBefore: [new RegExp(`${any(vocabulary.appealBefore)}\\s*$`, 'iuy')],
    appealAfter: new RegExp(`^\\s?(?:€|\\$|£)?,?\\s*${any(vocabulary.appealAfter)}${WORD_END}`, 'iu'),
    namedNumber: new RegExp(`^${any(vocabulary.namedNumbers)}${WORD_END}`, 'iu'),
  };
}

export const FIGURE_CONTEXT: Readonly<Record<Lang, FigureContext>> = {
  en: compile(VOCABULARY.en, 'en'),
  fr: compile(VOCABULARY.fr, 'fr'),
};

const WORD_CHAR = /[\p{L}\p{N}.]/u;
const SPACE = /\s/u;
// The longest pattern spans four words (`between the ages of`).
const MAX_WORDS = 5;

/**
 * Whether one of the sticky `patterns` matches from one of the last few
 * word starts of `text` to its end: a handful of anchored attempts per
 * number, however long the window.
 */
export function endsWithAny(patterns: readonly RegExp[], text: string): boolean {
  let words = 0;
  for (let start = text.length - 1; start >= 0 && words < MAX_WORDS; start--) {
    const char = text[start] as string;
    if (SPACE.test(char) || (start > 0 && WORD_CHAR.test(text[start - 1] as string) && WORD_CHAR.test(char)))
      continue;
    words++;
    for (const pattern of patterns) {
      pattern.lastIndex = start;
      if (pattern.test(text)) return true;
    }
  }
  return false;
}
