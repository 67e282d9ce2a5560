import type { TextRange } from '../text/sentences.js';

// Phone numbers: North American (202) 555-0100, 1-800-333-4636; French 01 23 45 67 89;
// international +223 20 22 33 44. Bounded repetitions only, so each attempt is short.
const PHONES = [
  /(?<![\d])(?:\+?1[-.\s])?\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}(?!\d)/g,
  /(?<![\d])0[1-9](?:[\s.-]?\d{2}){4}(?!\d)/g,
  // Each group ends where its digits do, so there is one way to split a number: no backtracking.
  /\+\d{6,14}(?!\d)|\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?(?!\d)){2,5}/g,
  // French company numbers, however their digits are grouped: SIRET 509 676 447 00033.
  /\b(?:SIRET|SIREN)\s*(?:n[°o]\s*)?:?\s*\d(?:[\d\s\u00a0\u202f]{7,20})\d/giu,
];

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char);

/** Widens `[at, at]` to the whitespace-delimited token around it, not left of `floor`. */
function token(text: string, at: number, floor: number): TextRange {
  let start = at;
  while (start > floor && !isSpace(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !isSpace(text[end])) end++;
  return { start, end };
}

/**
 * Stretches of prose that are not prose: URLs, e-mail addresses, template
 * shortcodes (`{{< … >}}`), phone numbers. Numbers inside them are never
 * statistics. Linear: every scan resumes where the last range ended.
 */
export function nonProseRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let floor = 0;
  const tokenMarkers = /:\/\/|@|www\./g;
  for (let match = tokenMarkers.exec(text); match !== null; match = tokenMarkers.exec(text)) {
    if (match.index < floor) continue;
    const range = token(text, match.index, floor);
    ranges.push(range);
    floor = range.end;
    tokenMarkers.lastIndex = Math.max(tokenMarkers.lastIndex, range.end);
  }
  for (let open = text.indexOf('{{'); open !== -1; open = text.indexOf('{{', open + 2)) {
    const close = text.indexOf('}}', open + 2);
    if (close === -1) break;
    ranges.push({ start: open, end: close + 2 });
    open = close;
  }
  for (const phone of PHONES) {
    for (const match of text.matchAll(phone))
      ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}
