/**
 * The words that introduce a credit, in English and French, each followed
 * by a colon, after a space, a no-break space (U+00A0) or a narrow one
 * (U+202F) as French typography puts there: `Photo:`, `Photo :`, `Credit:`, `Crédit photo :`,
 * `Text and photos:`, `Texte et photos :`, `Copyright:`.
 */
const LABEL =
  /(?:photo[ \t\u00a0]+credits?|cr[ée]dits?(?:[ \t\u00a0]+photos?)?|photos?|credits?|textes?[ \t]+(?:and|et)[ \t]+photos?|images?|copyright)[ \t\u00a0\u202f]*:/iu;

/** `©` anywhere; `(c)` or a label at the start or after a sentence or a dash. */
const CREDIT = new RegExp(`©|(?:^|(?<=[.;|—–]\\s*))(?:\\(c\\)(?=\\s)|${LABEL.source})`, 'iu');

/** Markup that may wrap a credit line: spaces, emphasis, inline tags other than `<img>`. */
const WRAPPING = String.raw`\s|[*_>]|<(?!img\b)[^>]*>`;
const LEADING = new RegExp(`^(?:${WRAPPING})*`, 'iu');
/** Leading and trailing markup; a trailing `\` is a hard line break. */
const DECORATION = new RegExp(`^(?:${WRAPPING})+|(?:${WRAPPING}|\\\\)+$`, 'giu');

export interface CreditText {
  /** Index of the credit in the searched text. */
  index: number;
  /** The credit from its marker on, markup around it removed. */
  text: string;
  /** Who is credited: what follows `©`, `(c)` or the label (and a `©` after it). */
  name: string;
}

/** Finds a credit in a line or a caption: `© Name / ALIMA`, `*Photo : Name*`, `Text and photos: © Name`. */
export function findCredit(line: string): CreditText | undefined {
  const lead = LEADING.exec(line)?.[0].length ?? 0;
  const match = CREDIT.exec(line.slice(lead));
  if (match === null) return undefined;
  const index = lead + match.index;
  const text = line.slice(index).replace(DECORATION, '');
  const name = text.slice(match[0].length).replace(/^\s*©/u, '').replace(DECORATION, '');
  return /\p{L}/u.test(name) ? { index, text, name } : undefined;
}

/** The text of a line with the markup around it removed, to tell an empty line from a caption. */
export const withoutDecoration = (line: string): string => line.replace(DECORATION, '');
