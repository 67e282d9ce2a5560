import { LANGS, type Lang } from '../config/langs.js';

/** Reads a BCP 47 tag (`fr`, `fr-FR`, `en_GB`) as one of our languages, or `undefined`. */
export function langFromTag(tag: unknown): Lang | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

// Words frequent in one language and rare in the other: enough to tell a page's language.
const FRENCH_WORDS =
  /(?<![\p{L}])(?:le|la|les|des|du|une|et|est|dans|pour|avec|sont|sur|au|aux|qui|que|ces|nous)(?![\p{L}])/giu;
const ENGLISH_WORDS =
  /(?<![\p{L}])(?:the|and|of|is|in|for|with|are|on|to|that|this|these|we|by|from)(?![\p{L}])/giu;

/** Guesses English or French from common words; English when in doubt. */
export function detectLanguage(text: string): Lang {
  const french = text.match(FRENCH_WORDS)?.length ?? 0;
  const english = text.match(ENGLISH_WORDS)?.length ?? 0;
  return french > english ? 'fr' : 'en';
}
