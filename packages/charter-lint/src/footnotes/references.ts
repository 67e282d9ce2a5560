import { nodesOf } from '../parse/nodes.js';
import type { Root } from 'mdast';
import type { FootnoteReference } from './footnote.js';
import { markerNumber, SUPERSCRIPT_RUN } from './superscript.js';
import { offsetsOf, startOffset, type SourceText } from './source-text.js';
import { isExponent } from '../text/exponent.js';
import { htmlProse } from '../parse/html-prose.js';

/**
 * GFM keeps `[^id]` as plain text when no definition matches, so undefined
 * references are found by rescanning text, as remark-lint-no-undefined-references
 * does; an escaped `\[` is not a reference.
 */
const GFM_TEXT_REFERENCE = /(?<!\\)\[\^([^\]\s\\]+)\]/g;

const SUP_OPEN = /<sup\b[^>]*>/gi;
/** `<sup>1</sup>`, `<sup>1, 3</sup>`: at most three digits a number, as superscript markers. */
const SUP_REST = /[ \t]*(\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*)[ \t]*<\/sup>/y;

/**
 * GFM's label normalisation, so `[^WHO]` finds `[^who]:`: whitespace runs
 * collapse, and case folds as micromark folds it (lower then upper case, so
 * `ẞ` and `ß` meet), then lowercase as mdast's `identifier`.
 */
export function gfmKey(label: string): string {
  return `gfm:${label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()}`;
}

/**
 * Every footnote reference in document order, code excluded: GFM
 * references (defined or not), superscript markers and `<sup>n</sup>`.
 * `definitionMarkers` holds the offsets of the markers that start notes,
 * which are not references.
 */
export function collectReferences(
  tree: Root,
  source: SourceText,
  definitionMarkers: ReadonlySet<number>,
): FootnoteReference[] {
  const references: FootnoteReference[] = [];
  const add = (start: number, end: number, reference: Omit<FootnoteReference, 'position'>) => {
    if (!definitionMarkers.has(start))
      references.push({ ...reference, position: source.position(start, end) });
  };

  /** The superscript markers in `raw`, the source from offset `start`. */
  const superscripts = (start: number, raw: string) => {
    for (const match of raw.matchAll(SUPERSCRIPT_RUN)) {
      const number = markerNumber(match[0]);
      if (number === undefined || isExponent(number, source.value, start + match.index)) continue;
      add(start + match.index, start + match.index + match[0].length, {
        key: String(number),
        marker: match[0],
        style: 'superscript',
        number,
      });
    }
  };

  for (const { node } of nodesOf(tree)) {
    const [start, end] = offsetsOf(node);
    const raw = source.value.slice(start, end);
    if (node.type === 'footnoteReference') {
      add(start, end, { key: gfmKey(node.identifier), marker: raw, style: 'gfm' });
    } else if (node.type === 'text') {
      superscripts(start, raw);
      for (const match of raw.matchAll(GFM_TEXT_REFERENCE)) {
        add(start + match.index, start + match.index + match[0].length, {
          key: gfmKey(match[1] ?? ''),
          marker: match[0],
          style: 'gfm',
        });
      }
    } else if (node.type === 'html' && !node.value.trimStart().startsWith('<!--')) {
      // Superscript markers in the text of an HTML block (`<p>… inhabitants¹</p>`) are references too.
      for (const { paragraph } of htmlProse(node, source.value))
        for (const child of paragraph.children)
          if (child.type === 'text' && child.position?.start.offset !== undefined)
            superscripts(
              child.position.start.offset,
              source.value.slice(child.position.start.offset, child.position.end.offset),
            );
      for (const open of raw.matchAll(SUP_OPEN)) {
        SUP_REST.lastIndex = start + open.index + open[0].length;
        const rest = SUP_REST.exec(source.value);
        if (rest === null) continue;
        const markerEnd = SUP_REST.lastIndex;
        for (const digits of (rest[1] ?? '').split(',')) {
          const number = Number(digits.trim());
          if (isExponent(number, source.value, start + open.index)) continue;
          add(start + open.index, markerEnd, {
            key: String(number),
            marker: `<sup>${number}</sup>`,
            style: 'sup',
            number,
          });
        }
      }
    }
  }
  return references.sort(
    (a, b) => startOffset(a.position) - startOffset(b.position) || (a.number ?? 0) - (b.number ?? 0),
  );
}
