import { isNoteMark } from '../text/sentences.js';

/**
 * Words that name a source in the text itself: `according to …`,
 * `source: …`, `(source : …)`, `selon …`, `d'après …`.
 */
const IN_TEXT_ATTRIBUTION =
  /(?<![\p{L}])(?:according to|as reported by|sources?\s?:|selon|d['’]après|d’après)(?![\p{L}])/iu;

/** True when `text` names its source in words (`according to UNICEF`, `selon l'OMS`). */
export function hasInTextAttribution(text: string): boolean {
  return IN_TEXT_ATTRIBUTION.test(text);
}

/** True when `text` carries a footnote marker: `[^1]`, `<sup>1</sup>` (flattened) or `¹`. */
export function hasNoteMark(text: string): boolean {
  for (const char of text) if (isNoteMark(char)) return true;
  return false;
}
