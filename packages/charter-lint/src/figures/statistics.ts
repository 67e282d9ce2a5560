import type { Lang } from '../config/langs.js';
import type { TextRange } from '../text/sentences.js';
import { isAge } from './ages.js';
import { endsWithAny, FIGURE_CONTEXT, type FigureContext } from './context.js';
import { nonProseRanges } from './masks.js';
import { NUMBER_FORMATS } from './number-format.js';
import { findProportions } from './proportions.js';
import { scanNumbers, type WrittenNumber } from './scan-numbers.js';
import { isSoftwareSetting } from './settings.js';
import { isVersion } from './versions.js';

/** A statistic found in prose: its range covers the number with its currency, scale word or percent. */
export interface Statistic extends TextRange {
  /** The statistic as written: `332,957`, `€32.3 million`, `12,2 %`. */
  text: string;
}

const BEFORE = 32;
const AFTER = 64;
const RANGE_JOINER = /^(?:\s?[-–]\s?|-?\s+(?:to|and|or|à|au|et|ou)\s+)$/u;
const QUOTES = '"“”«»\'‘’';
const LETTER = /\p{L}/u;
const ENUMERATOR_LEAD = /(?:^|\n)(?:\p{Lu}\p{L}*\s)?$/u;
const isLetter = (char: string | undefined): boolean => char !== undefined && LETTER.test(char);
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** What the number itself, and the characters touching it, say: a code, a year, a date, a time. */
function isCodeOrDate(text: string, number: WrittenNumber): boolean {
  const { start, end } = number;
  const before = text[start - 1];
  const after = text[end];
  const written = text.slice(start, end);
  if (number.dotted) return true;
  // Letters touching it: COVID-19, H1N1, A7303717, 1st, 1er, 10am, 1980s, HTML5.
  if (isLetter(before) || (before === '-' && isLetter(text[start - 2]))) return true;
  if ((before === '.' || before === '_') && !isDigit(text[start - 2])) return true;
  // Times, ratios and numeric dates: 7:30, 1:1, 14/03/2024, 1/3.
  if ((before === ':' || before === '/') && isDigit(text[start - 2])) return true;
  if ((after === ':' || after === '/') && isDigit(text[end + 1])) return true;
  // An abbreviated year: Q2 ’13, the class of '98.
  if ((before === '’' || before === "'") && written.length === 2 && !isLetter(text[start - 2])) return true;
  // A citation marker written as text, [12], or a number quoted as a literal string, “404”.
  if (before === '[' && after === ']') return true;
  if (before !== undefined && after !== undefined && QUOTES.includes(before) && QUOTES.includes(after))
    return true;
  if (written.length > 1 && written[0] === '0' && isDigit(written[1])) return true;
  // An enumerator opening a line, alone or after one word: `12. Personas`, `3) Deliveries`, `Play 11: Use data`.
  if (
    (after === '.' || after === ')' || after === ':') &&
    /\s/.test(text[end + 1] ?? ' ') &&
    // A window that does not reach the start of the text must not let `^` match its own start.
    ENUMERATOR_LEAD.test(`${start > 24 ? '\u0000' : ''}${text.slice(Math.max(0, start - 24), start)}`)
  ) {
    return true;
  }
  if (!number.grouped && Number.isInteger(number.value)) {
    if (written.length >= 5) return true;
    if (written.length === 4 && number.value >= 1500 && number.value <= 2100) return true;
  }
  return false;
}

/** Consecutive numbers joined as a range (`6–59`, `3 à 59`) are one figure; longer chains are codes. */
function groupRanges(text: string, numbers: WrittenNumber[]): WrittenNumber[][] {
  const groups: WrittenNumber[][] = [];
  for (const number of numbers) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (
      group &&
      last &&
      number.start - last.end <= 5 &&
      RANGE_JOINER.test(text.slice(last.end, number.start))
    ) {
      group.push(number);
    } else {
      groups.push([number]);
    }
  }
  return groups;
}

const isPowerOfTen = (value: number): boolean => value >= 10 && Number.isInteger(Math.log10(value));

const byStart = (a: TextRange, b: TextRange): number => a.start - b.start;

/** What `classify` says of the amount an appeal asks: not a statistic, and neither is what it buys. */
const APPEAL = 'appeal';
const SENTENCE_END = /[.!?](?=\s|$)/gu;
const BARE_COUNT = /^[\d\s.,\u00a0\u202f]+$/u;

/** Where the sentence holding `from` ends. */
function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.exec(text)?.index ?? text.length;
}

/** The numbers outside `masks`; both lists are in text order, so one walk suffices. */
function unmasked(numbers: WrittenNumber[], masks: TextRange[]): WrittenNumber[] {
  let index = 0;
  return numbers.filter((number) => {
    while (index < masks.length && (masks[index] as TextRange).end <= number.start) index++;
    const mask = masks[index];
    return mask === undefined || mask.start >= number.end;
  });
}

function classify(
  text: string,
  group: WrittenNumber[],
  context: FigureContext,
  lang: Lang,
): Statistic | typeof APPEAL | undefined {
  const first = group[0] as WrittenNumber;
  const last = group.at(-1) as WrittenNumber;
  if (group.length > 2 || group.some((number) => isCodeOrDate(text, number))) return undefined;
  // A hyphen between a larger and a smaller number joins parts of a code (NIST 800-53), not a range.
  if (first !== last && text[last.start - 1] === '-' && last.value < first.value) return undefined;
  const before = text.slice(Math.max(0, first.start - BEFORE), first.start);
  let after = text.slice(last.end, last.end + AFTER);
  let end = last.end;
  const consume = (pattern: RegExp): boolean => {
    const match = pattern.exec(after);
    if (!match) return false;
    end += match[0].length;
    after = after.slice(match[0].length);
    return true;
  };
  const currencyBefore = context.currencyBefore.exec(before)?.[0];
  // `€3.5m`, `USD 2.5m`: a lower-case m is a million only after a currency (`2.5m` alone is a length).
  const scale =
    context.scaleAfter.some(consume) || (currencyBefore !== undefined && consume(/^m(?![\p{L}\p{N}])/u));
  const percent = consume(context.percentAfter);
  const currency = currencyBefore !== undefined || (!percent && consume(context.currencyAfter));
  const quantity = scale || percent;
  // The amount an appeal asks for (`a gift of €30`, `€30 can buy`, `un don de 30 €`) is a price, not a finding.
  const beforeCurrency = before.slice(0, before.length - (currencyBefore?.length ?? 0));
  if (
    currency &&
    !quantity &&
    (endsWithAny(context.appealBefore, beforeCurrency) || context.appealAfter.test(after))
  )
    return APPEAL;
  // A setting may be a percentage (`set the threshold to 0.05 %`); money and millions never are.
  if (!scale && !currency && isSoftwareSetting(before, after, lang)) return undefined;
  if (!quantity) {
    if (first === last && isAge(text, first, lang)) return undefined;
    // Letters glued after it: 18F, 1st, 10am, 4G, 1980s.
    if (isLetter(text[last.end])) return undefined;
    if (context.notQuantityAfter.some((pattern) => pattern.test(after))) return undefined;
    if (context.namedNumber.test(text.slice(first.start, last.end + AFTER))) return undefined;
    if (endsWithAny(context.notQuantityBefore, before)) return undefined;
    if (!context.unitElidedCounted.test(after) && endsWithAny(context.unitElidedBefore, before))
      return undefined;
    if (!first.grouped && endsWithAny(context.codeBefore, before)) return undefined;
    // A version is never written with group separators: `Windows 10,000 devices` counts devices.
    if (!first.grouped && isVersion(before, lang)) return undefined;
    if (isPowerOfTen(first.value) && endsWithAny(context.perBefore, before)) return undefined;
    if (last.value < 10 && first.value < 10) return undefined;
  }
  const start = first.start - (currencyBefore?.length ?? 0);
  return { start, end, text: text.slice(start, end) };
}

/**
 * Finds the statistics in a stretch of prose (see content-rules.md §1): counts
 * of ten or more, percentages, amounts with a scale word, money and rates,
 * but not years, dates, times, ages, durations, ordinals, codes, phone
 * numbers, addresses, versions, measurements or small numbers. Numbers are
 * read in the language's format (English `332,957.5`, French `332 957,5`).
 * Linear in the length of `text`.
 */
export function findStatistics(text: string, lang: Lang = 'en'): Statistic[] {
  const written = scanNumbers(text, NUMBER_FORMATS[lang]);
  const proportions = findProportions(text, written, lang);
  // Most paragraphs hold no number at all: no need to look for the URLs and phone numbers around none.
  if (written.length === 0) return proportions;
  const context = FIGURE_CONTEXT[lang];
  const masks = nonProseRanges(text);
  const numbers = unmasked(
    written,
    proportions.length === 0 ? masks : [...masks, ...proportions].sort(byStart),
  );
  const statistics: Statistic[] = [];
  // After an appeal's amount, the counts of its sentence say what the gift buys (`€50 vaccinates 25 children`).
  let appealUntil = -1;
  for (const group of groupRanges(text, numbers)) {
    const statistic = classify(text, group, context, lang);
    if (statistic === APPEAL) appealUntil = sentenceEnd(text, (group.at(-1) as WrittenNumber).end);
    else if (statistic && !(statistic.start < appealUntil && BARE_COUNT.test(statistic.text)))
      statistics.push(statistic);
  }
  return proportions.length === 0 ? statistics : [...statistics, ...proportions].sort(byStart);
}
