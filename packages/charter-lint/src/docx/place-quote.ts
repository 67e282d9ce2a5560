import type { WordInline } from './word-document.js';

/** How many words of a paragraph a message quotes: enough to search for in Word, short enough to read. */
const QUOTED_WORDS = 6;
const QUOTED_CHARACTERS = 60;

/** The words of a paragraph as Word shows them, note marks and pictures left out. */
export function plainText(inlines: readonly WordInline[]): string {
  return inlines
    .map((inline) =>
      inline.kind === 'text' ? inline.value : inline.kind === 'link' ? plainText(inline.children) : ' ',
    )
    .join('');
}

/** The first words of a paragraph between quotation marks, `…` where cut: `“In 2023, 45% of children…”`. */
export function quoteStart(text: string): string {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  let quoted = words.slice(0, QUOTED_WORDS).join(' ');
  if (quoted.length > QUOTED_CHARACTERS) quoted = quoted.slice(0, QUOTED_CHARACTERS).trimEnd();
  const cut = quoted.length < words.join(' ').length;
  return `“${quoted}${cut ? '…' : ''}”`;
}

/**
 * What a message about a paragraph appends so a writer finds it in Word,
 * which shows no line numbers: the paragraph's first words, or the picture
 * it holds; `''` for an empty paragraph.
 */
export function paragraphPlace(inlines: readonly WordInline[]): string {
  const text = plainText(inlines);
  if (text.trim() !== '') return `in ${quoteStart(text)}`;
  const picture = inlines.find((inline) => inline.kind === 'image');
  if (picture?.kind !== 'image') return '';
  return picture.alt.trim() === ''
    ? 'at a picture without alt text'
    : `at the picture ${quoteStart(picture.alt)}`;
}
