import type { Lang } from '../config/langs.js';
import type { Category } from './types.js';

interface Messages {
  /** A flagged phrase and what to write instead (none: rephrase). */
  flagged(actual: string, category: Category, expected: readonly string[]): string;
  /** A sensitive status next to a named child whose name is not said to be changed. */
  namedChild(actual: string): string;
}

const list = (items: readonly string[], open: string, close: string, or: string) =>
  items.map((item) => `${open}${item}${close}`).join(or);

/** The rule's sentences, in the document's language. */
export const MESSAGES: Record<Lang, Messages> = {
  en: {
    flagged: (actual, category, expected) =>
      `Avoid “${actual}” (${category}): ${expected.length > 0 ? `write ${list(expected, '“', '”', ' or ')}` : 'rephrase'}`,
    namedChild: (actual) =>
      `“${actual}” next to a child’s name (child-identity): change the name and say so, “(name changed)”`,
  },
  fr: {
    flagged: (actual, category, expected) =>
      `Évitez « ${actual} » (${category}) : ${expected.length > 0 ? `écrivez ${list(expected, '« ', ' »', ' ou ')}` : 'reformulez'}`,
    namedChild: (actual) =>
      `« ${actual} » à côté du prénom d’un enfant (child-identity) : changez le prénom et signalez-le, « (prénom modifié) »`,
  },
};

const isUpper = (text: string) =>
  text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();

/**
 * A replacement written in the case of the text it replaces: `Chairman` →
 * `Chair` where it opens a sentence, `THIRD WORLD` → upper case; an acronym
 * (`AIDS victims`) or a capital mid-sentence (`Fulani militants`) is not a capital
 * to copy.
 */
export function matchCase(replacement: string, actual: string, atSentenceStart = true): string {
  if (isUpper(actual)) return replacement.toUpperCase();
  const firstWord = actual.split(/[\s\-\u2010\u2011]/)[0] ?? '';
  const first = actual.charAt(0);
  if (atSentenceStart && first !== first.toLowerCase() && !isUpper(firstWord))
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
