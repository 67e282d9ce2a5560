import { footnoteModel, noteParts, type FootnoteModel } from '@alima/charter-lint';
import type { FootnoteDefinition, Link, Root } from 'mdast';
import type { VFile } from 'vfile';

/** A note of the draft as the page lists it. */
export interface PageNote {
  /** The linter's key: `gfm:who`, or the note number `4` for superscript and `<sup>` notes. */
  key: string;
  /** The `<alima-footnote>` id. */
  id: string;
  source: string;
  year: string;
  href: string;
  /** Its number: the order of first reference; `undefined` when nothing cites it. */
  number: number | undefined;
  /** Source offsets the note's text covers in the draft, to take it out of the body. */
  extent: [number, number];
}

/** A reference of the draft, with the note it cites. */
export interface PageReference {
  note: PageNote;
  start: number;
  end: number;
  marker: string;
}

const idOf = (key: string): string =>
  `note-${(key.startsWith('gfm:') ? key.slice(4) : key).replace(/[^\p{L}\p{N}_-]+/gu, '-')}`;

/** The first link of a GFM definition: its source's URL. */
function firstLink(tree: Root, offset: number): string {
  const definition = tree.children.find(
    (node): node is FootnoteDefinition =>
      node.type === 'footnoteDefinition' && node.position?.start.offset === offset,
  );
  const stack: unknown[] = [...(definition?.children ?? [])];
  while (stack.length > 0) {
    const node = stack.shift() as Link | { children?: unknown[] };
    if ('type' in node && node.type === 'link') return node.url;
    if ('children' in node && Array.isArray(node.children)) stack.unshift(...node.children);
  }
  return '';
}

const offsets = (position: { start: { offset?: number }; end: { offset?: number } }): [number, number] => [
  position.start.offset ?? 0,
  position.end.offset ?? 0,
];

/**
 * The draft's notes and references, from charter-lint's footnote model (the
 * same reading as the footnote rules): GFM notes, superscript and `<sup>`
 * notes at the end of a section, and notes that lost their marker (numbered
 * as the linter guesses). Notes are numbered in order of first reference, as
 * `<alima-footnote-ref>` numbers them; references to a note the draft does
 * not define are left as written.
 */
export function pageNotes(tree: Root, file: VFile): { notes: PageNote[]; references: PageReference[] } {
  const model: FootnoteModel = footnoteModel(tree, file);
  const byKey = new Map<string, PageNote>();
  const add = (key: string, text: string, extent: [number, number], href: string) => {
    if (byKey.has(key)) return;
    const parts = noteParts(text);
    byKey.set(key, {
      key,
      id: idOf(key),
      source: parts.source,
      year: parts.year,
      href: href || parts.url,
      number: undefined,
      extent,
    });
  };
  for (const definition of model.definitions) {
    if (definition.style === 'element') continue;
    const extent = offsets(definition.extent);
    add(
      definition.key,
      definition.text,
      extent,
      definition.style === 'gfm' ? firstLink(tree, extent[0]) : '',
    );
  }
  for (const lost of model.markerless) add(String(lost.guessedNumber), lost.text, offsets(lost.position), '');
  const references: PageReference[] = [];
  let next = 1;
  for (const reference of model.references) {
    const note = byKey.get(reference.key);
    if (note === undefined || reference.style === 'element') continue;
    note.number ??= next++;
    const [start, end] = offsets(reference.position);
    references.push({ note, start, end, marker: reference.marker });
  }
  const written = [...byKey.values()].sort((a, b) => a.extent[0] - b.extent[0]);
  const cited = written
    .filter((note) => note.number !== undefined)
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return { notes: [...cited, ...written.filter((note) => note.number === undefined)], references };
}
