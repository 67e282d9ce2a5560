import type { Root } from 'mdast';
import { LANGS, type Lang } from '../config/langs.js';

const FRONT_MATTER_LANG = /^lang(?:uage)?\s*:\s*["']?([A-Za-z]{2,3})\b/m;
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'are', 'in', 'for', 'with', 'that', 'this', 'from']);
const FRENCH = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'est',
  'sont',
  'une',
  'pour',
  'dans',
  'que',
  'sur',
  'avec',
]);

const asLang = (tag: unknown): Lang | undefined => {
  const primary = typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : undefined;
  return (LANGS as readonly (string | undefined)[]).includes(primary) ? (primary as Lang) : undefined;
};

/**
 * The language a document is written in: front matter `lang:` first, then the
 * language the engine set (`file.data.lang`), then the configured `lang`, then
 * the more frequent of English and French function words. `undefined` when
 * front matter names a language without a lexicon: that page is not checked.
 */
export function documentLang(tree: Root, given: readonly unknown[], prose: () => string): Lang | undefined {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const declared = yaml && 'value' in yaml ? FRONT_MATTER_LANG.exec(yaml.value)?.[1] : undefined;
  if (declared !== undefined) return asLang(declared);
  for (const tag of given) {
    const lang = asLang(tag);
    if (lang !== undefined) return lang;
  }
  let score = 0;
  for (const word of prose()
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) score++;
    else if (FRENCH.has(word)) score--;
  }
  return score < 0 ? 'fr' : 'en';
}
