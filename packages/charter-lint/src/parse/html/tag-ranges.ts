import type { Element } from 'hast';
import { tagEnd } from '../html-prose.js';

/** Where an element's tags and content are in the HTML source, as offsets. */
export interface TagRanges {
  /** The start tag: `<sup class="x">`. */
  open: [number, number];
  /** The end tag when the source has one (`</sup>`); an implied end (`<p>` closed by the next `<p>`) has none. */
  close?: [number, number];
  /** Between the tags. */
  content: [number, number];
}

/**
 * The offsets of an element's start tag, end tag and content, from the
 * element's position (which spans both tags): the start tag ends at its
 * first `>` outside quoted attribute values; the end tag is there when the
 * source ends with `</name…>`. `undefined` for an element the parser made up
 * (`<tbody>` around bare rows): it has no position.
 */
export function tagRanges(element: Element, source: string): TagRanges | undefined {
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const openEnd = Math.min(tagEnd(source, start), end);
  const closeStart = source.lastIndexOf('</', end - 1);
  const closing =
    closeStart >= openEnd &&
    source.slice(closeStart + 2, closeStart + 2 + element.tagName.length).toLowerCase() === element.tagName &&
    source[end - 1] === '>';
  return closing
    ? { open: [start, openEnd], close: [closeStart, end], content: [openEnd, closeStart] }
    : { open: [start, openEnd], content: [openEnd, end] };
}
