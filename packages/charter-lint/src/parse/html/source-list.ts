import type { Element } from 'hast';

/** A heading that announces the page's sources: `Sources`, `Notes`, `References`, `Références`. */
const SOURCES_HEADING =
  /^\s*(?:sources?|notes?|references?|r[ée]f[ée]rences?|footnotes?|endnotes?|bibliograph(?:y|ie)|notes et r[ée]f[ée]rences)\s*:?\s*$/iu;

const classList = (element: Element): string[] => {
  const value = element.properties?.className;
  return Array.isArray(value) ? value.map(String) : [];
};

/** `<section class="footnotes" role="doc-endnotes">` (pandoc, WordPress footnote plugins) and the like. */
export function isEndnotes(element: Element): boolean {
  const role = String(element.properties?.role ?? '');
  return (
    role === 'doc-endnotes' ||
    role === 'doc-footnotes' ||
    classList(element).some((name) => /^(?:footnotes|endnotes)$/i.test(name))
  );
}

/**
 * Whether an `<ol>` is the page's list of sources, its items the notes 1,
 * 2, 3…: inside an endnotes section, its items ids `fn1`, `fn2`… (pandoc,
 * Word's HTML), or right after a heading that says so (`Sources`). Any
 * other numbered list is a list: steps to donate are not notes.
 */
export function isSourceList(list: Element, inEndnotes: boolean, headingBefore: string | undefined): boolean {
  if (list.tagName !== 'ol') return false;
  if (inEndnotes || (headingBefore !== undefined && SOURCES_HEADING.test(headingBefore))) return true;
  const items = list.children.filter(
    (child): child is Element => child.type === 'element' && child.tagName === 'li',
  );
  return items.length > 0 && items.every((item) => /^fn-?\d+$/i.test(String(item.properties?.id ?? '')));
}

/** The number of an ordered list's first item (`<ol start="4">`). */
export const listStart = (list: Element): number => {
  const start = Number(list.properties?.start);
  return Number.isInteger(start) ? start : 1;
};

/** A link back from a note to its reference (`↩︎`): not part of the note's text. */
export const isBacklink = (element: Element): boolean =>
  element.tagName === 'a' &&
  (String(element.properties?.role ?? '') === 'doc-backlink' ||
    classList(element).some((name) => /^footnote-back(?:ref|link)?$/i.test(name)));
