import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { frontMatterBlock } from './front-matter-block.js';
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

const LETTER = /\p{L}/u;
/** Whether each code point below U+0250 (ASCII and Latin, most of a page) is a letter. */
const LATIN_LETTERS = Uint8Array.from({ length: 0x250 }, (_, code) =>
  LETTER.test(String.fromCharCode(code)) ? 1 : 0,
);
const LONGEST_MARKER = Math.max(...[...ENGLISH_MARKERS, ...FRENCH_MARKERS].map((word) => word.length));

/** A short word of ASCII letters as a number, base 27, case folded: the scan builds it letter by letter. */
function wordKey(word: string): number {
  let key = 0;
  for (const letter of word) key = key * 27 + ((letter.charCodeAt(0) | 0x20) - 0x60);
  return key;
}

/** +1 for each English marker, -1 for each French one, by word key. */
const MARKER_SCORES = new Map([
  ...[...ENGLISH_MARKERS].map((word) => [wordKey(word), 1] as const),
  ...[...FRENCH_MARKERS].map((word) => [wordKey(word), -1] as const),
]);

/**
 * Guesses English or French from common words; English when in doubt.
 * Scans the text once without slicing it into words (every marker is a
 * short ASCII word, looked up by its key): allocating every word of every
 * page was most of this function's cost on a large corpus.
 */
export function detectLanguage(text: string): Lang {
  let score = 0;
  let length = 0;
  // The word's key, or -1 once it holds a letter outside ASCII (no marker does).
  let key = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20;
    if (code < 0x80) {
      if (LATIN_LETTERS[code] === 1) {
        length++;
        if (key >= 0 && length <= LONGEST_MARKER) key = key * 27 + ((code | 0x20) - 0x60);
        continue;
      }
    } else {
      const point = text.codePointAt(index) ?? code;
      if (point > 0xffff) index++;
      if (point < 0x250 ? LATIN_LETTERS[point] === 1 : LETTER.test(String.fromCodePoint(point))) {
        length++;
        key = -1;
        continue;
      }
    }
    if (key > 0 && length <= LONGEST_MARKER) score += MARKER_SCORES.get(key) ?? 0;
    length = 0;
    key = 0;
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
 * The language of a draft as text, before any parse: its front matter's
 * `lang:` when it names one of ours, else the guess from its words. What an
 * editor needs to speak the draft's language (the Storybook checker's
 * labels); rules use {@link documentLang}, which also reads the options.
 */
export function textLang(text: string): Lang {
  const frontMatter = frontMatterBlock(text);
  const tag = frontMatter === undefined ? undefined : FRONT_MATTER_LANG.exec(frontMatter)?.[1];
  return langFromTag(tag) ?? detectLanguage(text.slice(0, DETECTION_SAMPLE));
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
