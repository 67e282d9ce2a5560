/** Character ranges `[start, end)` of a block of prose. */
export type Span = readonly [number, number];

const CLOSERS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“' };

/**
 * Where other people's words are: spans between “…”, « … » and "…". A quote
 * left open runs to the end of the block, as quotations spanning paragraphs do.
 */
export function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let index = 0; index < text.length; index++) {
    const closer = CLOSERS[text.charAt(index)];
    if (closer === undefined) continue;
    const close = text.indexOf(closer, index + 1);
    const end = close === -1 ? text.length : close + 1;
    spans.push([index, end]);
    index = end - 1;
  }
  return spans;
}

export const overlaps = (spans: readonly Span[], start: number, end: number): boolean =>
  spans.some(([from, to]) => start < to && end > from);

// "Aïcha, 12,", "Aïcha (12)", "Aïcha, aged 12,", "Aïcha, âgée de 12 ans,", "Aïcha, a 12-year-old".
const NAMED_CHILD =
  /(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+)?)\s*[,(]\s*(?:(?:aged|âgée?s?\s+de|an?)\s+)?(?<age>\d{1,2})(?=\s*(?:ans\b|-?\s*years?[\s-]old\b|-year-old\b)?\s*[,)])/gu;

/** The children a sentence names: a capitalised name followed by an age under 18 (`Aïcha, 12,`). */
export function childNames(sentence: string): string[] {
  const names: string[] = [];
  for (const match of sentence.matchAll(NAMED_CHILD))
    if (Number(match.groups?.age) < 18 && match[1] !== undefined) names.push(match[1]);
  return names;
}

/**
 * Whether a sentence names no one (`All names have been changed.`): no
 * capitalised word after its first, no name before a bracket (`Aïcha (name
 * changed)`), no named child.
 */
export function namesNoOne(sentence: string): boolean {
  const text = sentence.trim();
  return !/\s[("“«]?\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\s*\(/u.test(text) && childNames(text).length === 0;
}
