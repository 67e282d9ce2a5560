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

// Words, numbers, and the percent sign (claims like "100 % de guérison" need it).
const WORD = /[\p{L}\p{N}\p{M}]+|%/gu;
// What may sit between two words of one phrase: spaces, commas ("without us, they would die"),
// hyphens and apostrophes in all their forms.
const JOINING_GAP = /^[,\s\u00a0\u202f\-\u2010\u2011'\u2019\u02bc]*$/u;
const MARKS = /\p{M}/gu;
const ASCII = /^[ -~]*$/;

/** Folds case, accents and ligatures, so `Sidéenne`, `SIDEENNE` and `sideenne` compare equal. */
export function normalize(word: string): string {
  // Most words are plain ASCII; skip Unicode normalisation for them.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** Whether the gap `[from, to)` between two words may sit inside a phrase; most gaps are one space. */
function joins(text: string, from: number, to: number): boolean {
  return (to - from === 1 && text.charCodeAt(from) === 0x20) || JOINING_GAP.test(text.slice(from, to));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({
      norm: normalize(match[0]),
      start,
      end: start + match[0].length,
      joined: tokens.length > 0 && joins(text, previousEnd, start),
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** The normalised words of a phrase, as the matcher stores them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.norm);
}
