import type { Lang } from '../config/langs.js';

/**
 * Abbreviations whose period does not end a sentence, lower-cased, without
 * their final period. Single letters (`J. Smith`, `U.S.`, `M. Dupont`,
 * `p. ex.`) are handled as initials and need no entry.
 */
// prettier-ignore
export const ABBREVIATIONS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'e.g', 'i.e', 'cf', 'al',
    'approx', 'ca', 'inc', 'ltd', 'co', 'corp', 'dept', 'gov', 'sen', 'rep', 'gen', 'col', 'lt',
    'sgt', 'capt', 'hon', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
    'nov', 'dec', 'no', 'nos', 'fig', 'figs', 'vol', 'pp', 'ed', 'eds', 'est', 'govt', 'intl',
    'u.s', 'u.k', 'u.n', 'd.c', 'ph.d',
  ],
  fr: [
    'mme', 'mmes', 'mlle', 'mlles', 'mm', 'dr', 'pr', 'me', 'ex', 'cf', 'al', 'env', 'av', 'apr',
    'j.-c', 'n°', 'no', 'vol', 'éd', 'coll', 'chap', 'art', 'min', 'max', 'janv', 'févr', 'avr',
    'juil', 'sept', 'oct', 'nov', 'déc', 'st', 'ste', 'réf', 'o.n.u',
  ],
};
