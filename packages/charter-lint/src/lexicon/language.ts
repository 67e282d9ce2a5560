import type { Root } from 'mdast';
import { LANGUAGES, type Language } from './types.js';

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

const isLanguage = (value: string | undefined): value is Language =>
  (LANGUAGES as readonly string[]).includes(value ?? '');

/**
 * The language a document is written in: front matter `lang:` first, then the
 * configured `lang`, then the more frequent of English and French function
 * words. `undefined` when front matter names a language without a lexicon.
 */
export function documentLanguage(
  tree: Root,
  configured: string | undefined,
  prose: string,
): Language | undefined {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const declared =
    yaml && 'value' in yaml ? FRONT_MATTER_LANG.exec(yaml.value)?.[1]?.toLowerCase() : undefined;
  if (declared !== undefined) return isLanguage(declared) ? declared : undefined;
  const option = configured?.toLowerCase().slice(0, 2);
  if (isLanguage(option)) return option;
  let score = 0;
  for (const word of prose.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) score++;
    else if (FRENCH.has(word)) score--;
  }
  return score < 0 ? 'fr' : 'en';
}
