import type { Lang } from '../config/langs.js';
import type { WrittenNumber } from './scan-numbers.js';
import type { Statistic } from './statistics.js';
import { FIGURE_CONTEXT } from './context.js';

/** Numbers written as words, by value, as they open or close a proportion (`one in three`, `un sur cinq`). */
// prettier-ignore
const NUMBER_WORDS: Record<Lang, Record<string, number>> = {
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    twenty: 20, hundred: 100, thousand: 1000,
  },
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    vingt: 20, cent: 100, mille: 1000,
  },
};

const numberWords = (lang: Lang): string => Object.keys(NUMBER_WORDS[lang]).join('|');

/**
 * The words between the two numbers of a proportion (`in`, `sur`) or a rate
 * (`per`, `pour`), and the age that may qualify what is counted before the
 * joiner, as French writes it: `un enfant de moins de cinq ans sur huit`.
 */
const JOINERS: Record<Lang, { proportion: string; rate: string; age: string }> = {
  en: {
    proportion: String.raw`in|out\s+of`,
    rate: String.raw`per|for\s+every`,
    age: String.raw`(?:under|over|aged)\s+(?:\d+|${numberWords('en')})(?:\s+(?:years|months)(?:\s+old)?)?`,
  },
  fr: {
    proportion: 'sur',
    rate: 'pour',
    age: String.raw`(?:de\s+moins\s+de|de\s+plus\s+de|âgée?s?\s+de)\s+(?:\d+|${numberWords('fr')})\s+(?:ans|mois)`,
  },
};

interface Compiled {
  words: RegExp;
  /** Sticky, from the end of a first number to its denominator: up to three words name what is counted, then maybe an age. */
  link: RegExp;
}

function compile(lang: Lang): Compiled {
  const { proportion, rate, age } = JOINERS[lang];
  return {
    // ASCII boundaries here (every number word is ASCII), the Unicode ones checked after a match:
    // a `u` regex that tests a Unicode class at every position of every paragraph was most of this module's time.
    words: new RegExp(`(?<![a-z0-9])(?:${numberWords(lang)})(?![a-z0-9])`, 'gi'),
    link: new RegExp(`\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${age}\\s+)?(?:(${proportion})|(${rate}))\\s+`, 'iuy'),
  };
}

const COMPILED: Record<Lang, Compiled> = { en: compile('en'), fr: compile('fr') };

interface Term {
  start: number;
  end: number;
  value: number;
  /** A four-digit year cannot be a denominator: `one in 2020`. */
  year: boolean;
}

function terms(text: string, numbers: readonly WrittenNumber[], lang: Lang): Term[] {
  const list: Term[] = numbers
    .filter((number) => !number.dotted)
    .map(({ start, end, value, grouped }) => ({
      start,
      end,
      value,
      year: !grouped && end - start === 4 && value >= 1500 && value <= 2100,
    }));
  const { words } = COMPILED[lang];
  words.lastIndex = 0;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isWordCharacter(text, start - 1) || isWordCharacter(text, end)) continue;
    const value = NUMBER_WORDS[lang][match[0].toLowerCase()] as number;
    list.push({ start, end, value, year: false });
  }
  return list.sort((a, b) => a.start - b.start);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point at `index` (or the one a low surrogate there ends) is a letter or digit. */
function isWordCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return false; // ASCII letters and digits are the regex's own boundaries
  const previous = index > 0 ? text.charCodeAt(index - 1) : 0;
  const low = code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(low ? index - 1 : index) ?? code));
}

/** Enough text after a number to hold its unit (`kilocalories`, `semaines`). */
const UNIT_WINDOW = 40;

const PLURAL_AFTER = /^\s+[\p{L}'’-]*[sx](?![\p{L}\p{N}])/u;

// A rate counts per a round base (`per 100,000`, `pour 10 000`): `pour dix participants` is no rate.
const isRateBase = (value: number): boolean => value >= 100 && Number.isInteger(Math.log10(value));

/**
 * Proportions and rates whose first number is small (`1 in 3`, `one in
 * three`, `nine out of ten`, `3 enfants sur 10`, `un enfant sur cinq`,
 * `1 surgeon per 100,000 inhabitants`): each a statistic as a whole, from its
 * first number to its denominator. A first number of ten or more is a count
 * on its own (`553 deaths per 100,000`), read as such elsewhere. The
 * denominator is larger than the first number and never a year. Linear:
 * one bounded match after each number.
 */
export function findProportions(text: string, numbers: readonly WrittenNumber[], lang: Lang): Statistic[] {
  const list = terms(text, numbers, lang);
  // A proportion takes two terms, the first under ten: most paragraphs have none.
  if (list.length < 2 || !list.some((term) => term.value < 10)) return [];
  const byStart = new Map(list.map((term) => [term.start, term]));
  const { link } = COMPILED[lang];
  const found: Statistic[] = [];
  let floor = 0;
  for (const first of list) {
    if (first.start < floor || first.value >= 10) continue;
    link.lastIndex = first.end;
    const joined = link.exec(text);
    if (joined === null) continue;
    // A measure is no share of people: `5 days out of 7`, `5 jours sur 7`, `5 kg out of 20 children`.
    if (FIGURE_CONTEXT[lang].measureAfter.test(text.slice(first.end, first.end + UNIT_WINDOW))) continue;
    const second = byStart.get(first.end + joined[0].length);
    if (second === undefined || second.year || second.value <= first.value) continue;
    if (joined[2] !== undefined && !isRateBase(second.value)) continue;
    // `sur` is also "on": `un atelier sur trois thèmes`, `une formation sur deux jours` name what follows.
    if (
      lang === 'fr' &&
      joined[1] !== undefined &&
      PLURAL_AFTER.test(text.slice(second.end, second.end + 40))
    )
      continue;
    found.push({ start: first.start, end: second.end, text: text.slice(first.start, second.end) });
    floor = second.end;
  }
  return found;
}
