import { YEAR } from './names-source.js';

/** A note's text read as its parts: who published, when, where, and what else it says. */
export interface NoteParts {
  /** Who published the figure: `World Bank`. */
  source: string;
  /** When: `2020`, or `''` when the note gives no year. */
  year: string;
  /** The first `https:` URL the note gives, or `''`. */
  url: string;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"’”]/iu;
const YEAR_RUN = new RegExp(YEAR.source, 'giu');

/**
 * Splits a note such as `World bank 2020`, `UNICEF, 2020, https://…` or
 * `Harmonized Framework (2020)` into source, year and URL, with the year
 * pattern `footnote-source` uses: the last year the note gives is its
 * publication year; the text before it, without trailing punctuation, is the source.
 */
export function noteParts(text: string): NoteParts {
  const url = URL_IN_TEXT.exec(text)?.[0] ?? '';
  const withoutUrl = url === '' ? text : text.replace(url, ' ');
  const years = [...withoutUrl.matchAll(YEAR_RUN)];
  const last = years.at(-1);
  const year = last?.[0] ?? '';
  const before = last === undefined ? withoutUrl : withoutUrl.slice(0, last.index);
  const source = before
    .replace(/[\s,;:.(–—-]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return { source: source === '' ? withoutUrl.trim() : source, year, url };
}
