import { attributesOf } from '../images/html-attributes.js';
import type { FootnoteDefinition, FootnoteReference } from './footnote.js';
import type { SourceText } from './source-text.js';

/** Elements that point to a note by its id: `<alima-footnote-ref footnote="wb2020">`, a stat card's `footnote`. */
const REFERENCE = /<alima-(?:footnote-ref|stat-card)\b[^>]*>/gi;
/** A note element and its content; not `<alima-footnotes>`, the list around the notes. */
const NOTE = /<alima-footnote(?=[\s>/])[^>]*>([\s\S]*?)<\/alima-footnote\s*>/gi;

const KEY_PREFIX = 'element:';
export const elementKey = (id: string): string => `${KEY_PREFIX}${id.trim()}`;
/** The id of an element note from its key. */
export const elementId = (key: string): string => key.slice(KEY_PREFIX.length);

interface ElementNotes {
  references: FootnoteReference[];
  definitions: FootnoteDefinition[];
}

/**
 * The design system's footnote elements written into a draft:
 * `<alima-footnote-ref footnote="wb2020">` and `<alima-stat-card footnote="wb2020">`
 * refer to `<alima-footnote id="wb2020" source="World Bank" year="2020">`.
 * The source is scanned (outside code and comments) because an element and
 * its content may span several Markdown nodes.
 */
export function collectElementNotes(source: SourceText, masked: (offset: number) => boolean): ElementNotes {
  const notes: ElementNotes = { references: [], definitions: [] };
  for (const match of source.value.matchAll(REFERENCE)) {
    const id = attributesOf(match[0]).get('footnote');
    if (masked(match.index) || id === undefined || id.trim() === '') continue;
    notes.references.push({
      key: elementKey(id),
      marker: `footnote="${id}"`,
      style: 'element',
      position: source.position(match.index, match.index + match[0].length),
    });
  }
  for (const match of source.value.matchAll(NOTE)) {
    const open = /^<[^>]*>/.exec(match[0])?.[0] ?? '';
    const attributes = attributesOf(open);
    const id = attributes.get('id');
    if (masked(match.index) || id === undefined || id.trim() === '') continue;
    const content = (match[1] ?? '').replace(/<[^>]*>/g, ' ');
    const text = [attributes.get('source'), attributes.get('year'), content]
      .filter((part) => part !== undefined)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    notes.definitions.push({
      key: elementKey(id),
      marker: `<alima-footnote id="${id}">`,
      style: 'element',
      position: source.position(match.index, match.index + open.length),
      text,
      extent: source.position(match.index, match.index + match[0].length),
    });
  }
  return notes;
}
