/** A word of a text, where it is, and the form the matcher compares. */
export interface Token {
  /** Case-, accent- and ligature-folded form. */
  norm: string;
  start: number;
  end: number;
  /**
   * True when only spaces, commas, hyphens or apostrophes separate this token from the
   * previous one, so a phrase may continue across the gap: `wheelchair-bound`,
   * `l’handicapé`; a full stop, a quote or skipped code ends a phrase.
   */
  joined: boolean;
}

/** Letters, digits and combining marks: what words are made of. */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
// What may sit between two words of one phrase: spaces, commas ("without us, they would die"),
// hyphens and apostrophes in all their forms, and the invisible characters below.
const JOINING_GAP = /^[,\s\u00a0\u202f\-\u2010\u2011'\u2019\u02bc\u00ad\u200b-\u200d\u2060\ufeff]*$/u;
const MARKS = /\p{M}/gu;
/**
 * Invisible characters a word may hold without showing it: soft hyphens,
 * zero-width spaces and joiners, word joiners, zero-width no-break spaces.
 * They neither split a word nor count in its folded form, so `chair\u200dman`
 * reads as `chairman`.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const PERCENT = 0x25;
const SPACE = 0x20;

/** Whether each code unit of the Basic Multilingual Plane is a word character: 0 not known yet, 1 yes, 2 no. */
const BMP_WORD = new Uint8Array(0x10000);

/**
 * How many code units the word character at `index` takes (1, or 2 for a
 * surrogate pair), 0 if it is not one. Classifying each code unit once, in a
 * table, is what makes `tokenize` a plain scan: a regular expression match
 * per word (and its match array) was most of the lexicon's cost on a corpus.
 */
function wordCharacterWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index) ?? code;
    return point > 0xffff && WORD_CHARACTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = BMP_WORD[code];
  if (known === 0) BMP_WORD[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Whether the code unit at `index` is one of the `INVISIBLE` characters. */
function isInvisible(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/**
 * Folds case, accents, ligatures and compatibility forms (fullwidth
 * `ｃｈａｉｒｍａｎ`, `ﬁ`), and drops invisible characters, so `Sidéenne`,
 * `SIDEENNE` and `sideenne` compare equal.
 */
export function normalize(word: string): string {
  // Most words are plain ASCII; skip Unicode normalisation for them.
  if (/^[ -~]*$/.test(word)) return word.toLowerCase();
  return word
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** Whether the gap `[from, to)` between two words may sit inside a phrase; most gaps are one space. */
function joins(text: string, from: number, to: number): boolean {
  return (to - from === 1 && text.charCodeAt(from) === SPACE) || JOINING_GAP.test(text.slice(from, to));
}

/**
 * The words of `text` (runs of letters, digits and marks, through invisible
 * characters) and each percent sign, in order. Offsets are `text`'s own, so
 * a phrase found in folded words still points at what the writer typed.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const push = (start: number, end: number, norm: string) => {
    tokens.push({ norm, start, end, joined: tokens.length > 0 && joins(text, previousEnd, start) });
    previousEnd = end;
  };
  let index = 0;
  while (index < text.length) {
    let width = wordCharacterWidth(text, index);
    if (width === 0) {
      // "100 % de guérison": claims need the percent sign as a word of their own.
      if (text.charCodeAt(index) === PERCENT) push(index, index + 1, '%');
      index++;
      continue;
    }
    const start = index;
    let plain = true;
    do {
      const code = text.charCodeAt(index);
      // Plain: lower-case ASCII letters and digits, a word that is its own folded form.
      if (plain && (code > 0x7a || (code >= 0x41 && code <= 0x5a))) plain = false;
      index += width;
      // Invisible characters between word characters belong to the word: `chair\u200dman` is one.
      let after = index;
      while (after < text.length && isInvisible(text, after)) after++;
      if (after > index && after < text.length && wordCharacterWidth(text, after) > 0) {
        plain = false;
        index = after;
      }
    } while (index < text.length && (width = wordCharacterWidth(text, index)) > 0);
    const word = text.slice(start, index);
    push(start, index, plain ? word : normalize(word));
  }
  return tokens;
}

/** The normalised words of a phrase, as the matcher stores them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.norm);
}
