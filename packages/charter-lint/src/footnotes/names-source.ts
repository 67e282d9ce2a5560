/** A year of publication, or an explicit "no date" (`n.d.`, `s.d.`). */
export const YEAR = /(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|\b[ns]\.\s?d\./iu;

/**
 * Words that say where to look without saying who published: a note made
 * only of these (`see website`, `voir le site`) names no source. English
 * and French, lowercase.
 */
const VAGUE_WORDS = new Set(
  `a an and at by for from in of on the to see here link page website web site online internet source sources
  data figures estimate estimates estimation report study survey available accessed according more information
  ibid ibidem cf op cit idem
  au aux d de des du en et l la le les sur un une voir ici lien site données chiffres estimations rapport étude
  enquête disponible consulté selon plus informations`.split(/\s+/u),
);

const WORD = /\p{L}[\p{L}\p{N}]*/gu;

/** What a note says of its source: who published the figure, and when. */
export function sourceParts(text: string): { names: boolean; year: boolean } {
  const words = (text.match(WORD) ?? []).map((word) => word.toLowerCase());
  return {
    names: words.some((word) => !VAGUE_WORDS.has(word)),
    year: YEAR.test(text),
  };
}
