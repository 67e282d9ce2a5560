import type { Lang } from '../config/langs.js';
import { anyWords, endsWithAny } from './context.js';
import { PRODUCTS, VOCABULARY } from './vocabulary.js';

// Sticky, for endsWithAny: a product as it is spelled, or a version word in any case.
const PRODUCT_BEFORE = new RegExp(`${anyWords(PRODUCTS)}\\s$`, 'uy');
const VERSION_BEFORE: Record<Lang, readonly RegExp[]> = {
  en: [PRODUCT_BEFORE, new RegExp(`${anyWords(VOCABULARY.en.versionWords)}\\s*$`, 'iuy')],
  fr: [PRODUCT_BEFORE, new RegExp(`${anyWords(VOCABULARY.fr.versionWords)}\\s*$`, 'iuy')],
};

/**
 * True when the number that follows `before` is a software version: right
 * after a program or a standard (`Node 20`, `React 19`, `Internet Explorer
 * 10`, `Ubuntu 22.04`) or a version word (`version 12`, `v 10`, `release 12`,
 * `la version 14 du DSFR`, `versión 12`). A version names a release; it counts
 * nothing, so nothing needs a source. `v1.4.2` and `2.3.1` are codes already
 * (letters touching, several decimal parts), and numbers below ten never count.
 * Constant work: a few anchored attempts at the end of `before`.
 */
export function isVersion(before: string, lang: Lang): boolean {
  return endsWithAny(VERSION_BEFORE[lang], before);
}
