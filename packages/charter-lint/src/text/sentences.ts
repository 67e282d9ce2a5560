import { ABBREVIATIONS } from './abbreviations.js';
import { firstIndexWhere } from './first-index-where.js';
import type { Lang } from '../config/langs.js';

/** A half-open range `[start, end)` of a string. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Stands in a flattened text for a footnote reference (`[^1]`, `<sup>1</sup>`),
 * so sentence splitting and attribution see it where the writer put it.
 */
export const NOTE_MARK = '\uE000';

const SUPERSCRIPT_DIGITS = '¹²³⁴⁵⁶⁷⁸⁹⁰';

/** True for a footnote marker character: a superscript digit or {@link NOTE_MARK}. */
export function isNoteMark(char: string | undefined): boolean {
  return char !== undefined && (char === NOTE_MARK || SUPERSCRIPT_DIGITS.includes(char));
}

const TERMINALS = '.!?…';
const CLOSERS = '"\'”’»)]*_';
const WORD_BEFORE_PERIOD = /[\p{L}][\p{L}.°-]*$/u;
// Looking back further than the longest abbreviation would only cost time.
const LOOKBEHIND = 12;

const abbreviationSets: Record<Lang, ReadonlySet<string>> = {
  en: new Set(ABBREVIATIONS.en),
  fr: new Set(ABBREVIATIONS.fr),
};

function isAbbreviation(text: string, period: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, period - LOOKBEHIND), period);
  const word = WORD_BEFORE_PERIOD.exec(before)?.[0];
  if (word === undefined) return false;
  // The word is whole only when it did not run into the window's left edge.
  const whole = word.length < before.length || period <= LOOKBEHIND;
  if (!whole) return false;
  const lower = word.toLowerCase();
  return word.length === 1 || /^(?:\p{L}\.)+\p{L}$/u.test(word) || abbreviationSets[lang].has(lower);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

/**
 * Splits prose into sentences. A sentence ends at `.`, `!`, `?` or `…`
 * followed by space and a word that does not start in lower case, except
 * after an abbreviation or initial (`Dr.`, `U.S.`, `e.g.`, `p. ex.`, `M.`).
 * Closing quotes and footnote markers after the final period stay with their
 * sentence (`malnutrition.⁵`); decimals (`3.5`) never split; a blank line
 * always does. Runs in linear time.
 */
export function sentences(text: string, lang: Lang = 'en'): TextRange[] {
  const result: TextRange[] = [];
  let start = 0;
  const close = (end: number, next: number) => {
    if (end > start) result.push({ start, end });
    start = next;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\n' && text[i + 1] === '\n') {
      let next = i;
      while (isSpace(text[next])) next++;
      close(i, next);
      i = next;
      continue;
    }
    if (!TERMINALS.includes(char)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && TERMINALS.includes(text[end] as string)) end++;
    while (end < text.length && (CLOSERS.includes(text[end] as string) || isNoteMark(text[end]))) end++;
    if (end === text.length) break;
    if (!isSpace(text[end])) {
      i = end;
      continue;
    }
    let next = end;
    while (isSpace(text[next])) next++;
    const following = text[next] ?? '';
    const lowerCaseNext = following !== following.toUpperCase();
    const abbreviation = char === '.' && end === i + 1 && isAbbreviation(text, i, lang);
    const blankLine = text.slice(end, next).includes('\n\n');
    if (blankLine || (!lowerCaseNext && !abbreviation)) close(end, next);
    i = next;
  }
  close(text.length, text.length);
  return result;
}

/**
 * A lookup of the sentence of `text` that holds character `index` (or the
 * next one, from the space between two), with its ordinal. The text is split
 * once and each lookup is a binary search: a rule asking for the sentence of
 * every match must not re-split a long paragraph each time.
 */
export function sentenceFinder(
  text: string,
  lang: Lang = 'en',
): (index: number) => { range: TextRange; ordinal: number } {
  let ranges: TextRange[] | undefined;
  return (index) => {
    ranges ??= sentences(text, lang);
    const ordinal = firstIndexWhere(ranges, (range) => index < range.end);
    const range = ranges[ordinal];
    return range === undefined ? { range: { start: 0, end: text.length }, ordinal: -1 } : { range, ordinal };
  };
}
