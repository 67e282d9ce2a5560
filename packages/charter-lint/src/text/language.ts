import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { LANGS, type Lang } from '../config/langs.js';

/** Reads a BCP 47 tag (`fr`, `fr-FR`, `en_GB`) as one of our languages, or `undefined`. */
export function langFromTag(tag: unknown): Lang | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

const FRONT_MATTER_LANG = /^(?:lang|language|locale)\s*:\s*["']?([A-Za-z_-]+)/m;

/** The language tag the front matter declares (`lang: fr-FR` → `fr-FR`), supported or not. */
export function frontMatterTag(tree: Root): string | undefined {
  const frontMatter = tree.children.find((node) => node.type === 'yaml');
  return frontMatter === undefined ? undefined : FRONT_MATTER_LANG.exec(frontMatter.value)?.[1];
}

/** Words frequent in English and rare in French. */
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'of',
  'is',
  'in',
  'for',
  'with',
  'are',
  'on',
  'to',
  'that',
  'this',
  'these',
  'we',
  'by',
  'from',
]);
/** Words frequent in French and rare in English. */
export const FRENCH_MARKERS: ReadonlySet<string> = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'une',
  'et',
  'est',
  'dans',
  'pour',
  'avec',
  'sont',
  'sur',
  'au',
  'aux',
  'qui',
  'que',
  'ces',
  'nous',
]);

const LONGEST_MARKER = Math.max(...[...ENGLISH_MARKERS, ...FRENCH_MARKERS].map((word) => word.length));
const NON_ASCII_LETTER = /\p{L}/u;

function isLetter(code: number): boolean {
  const folded = code | 0x20;
  if (code < 0x80) return folded >= 0x61 && folded <= 0x7a;
  return NON_ASCII_LETTER.test(String.fromCodePoint(code));
}

/**
 * Guesses English or French from common words; English when in doubt.
 * Scans code points instead of splitting the text into words: only short
 * words can be markers, and allocating every word of every page was most of
 * this function's cost on a large corpus.
 */
export function detectLanguage(text: string): Lang {
  let score = 0;
  let start = 0;
  let index = 0;
  while (index <= text.length) {
    const code = index < text.length ? (text.codePointAt(index) ?? 0) : 0x20;
    const width = code > 0xffff ? 2 : 1;
    if (!isLetter(code)) {
      if (index - start > 0 && index - start <= LONGEST_MARKER) {
        const word = text.slice(start, index).toLowerCase();
        if (ENGLISH_MARKERS.has(word)) score++;
        else if (FRENCH_MARKERS.has(word)) score--;
      }
      start = index + width;
    }
    index += width;
  }
  return score < 0 ? 'fr' : 'en';
}

/** Enough of a page to tell its language, and a bound on the work of guessing it. */
const DETECTION_SAMPLE = 20_000;

/**
 * The language a document is written in, the same for every rule: front
 * matter `lang:` (or `language:`, `locale:`) first, then the language the
 * engine set on `file.data.lang`, then the rule's `lang` option (which the
 * engine fills from the configuration and `--lang`), then a guess from the
 * words of `text` (by default the source), English when in doubt. A tag of
 * another language is skipped; rules that must not check such a page test
 * {@link frontMatterTag} themselves.
 */
export function documentLang(tree: Root, file: VFile, options?: unknown, text?: () => string): Lang {
  const option =
    typeof options === 'object' && options !== null ? (options as { lang?: unknown }).lang : undefined;
  return (
    langFromTag(frontMatterTag(tree)) ??
    langFromTag((file.data as { lang?: unknown }).lang) ??
    langFromTag(option) ??
    (text === undefined ? sourceLang(file) : detectLanguage(text().slice(0, DETECTION_SAMPLE)))
  );
}

/**
 * The guess from a file's source, made once per file: most rules ask, and
 * guessing was a fifth of the charter rules' time on a large corpus.
 */
const guessed = new WeakMap<VFile, Lang>();

function sourceLang(file: VFile): Lang {
  let lang = guessed.get(file);
  if (lang === undefined)
    guessed.set(file, (lang = detectLanguage(String(file.value).slice(0, DETECTION_SAMPLE))));
  return lang;
}
