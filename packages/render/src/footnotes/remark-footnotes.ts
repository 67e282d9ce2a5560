import type { Html, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { asContent, element } from '../mdast/element.js';
import type { PageNote, PageReference } from './note-list.js';

/** `<alima-footnote-ref footnote="…"><a href="#…">n</a></alima-footnote-ref>`: numbered without JavaScript too. */
function referenceElement(note: PageNote): PhrasingContent {
  return asContent(
    element('alima-footnote-ref', { footnote: note.id }, [
      { type: 'link', url: `#${note.id}`, children: [{ type: 'text', value: String(note.number) }] },
    ]),
  );
}

const startOf = (node: { position?: { start: { offset?: number } } }) => node.position?.start.offset ?? -1;
const endOf = (node: { position?: { end: { offset?: number } } }) => node.position?.end.offset ?? -1;

/** Splits a text node at the references inside it (superscript markers, GFM markers without a definition node). */
function splitText(text: Text, references: PageReference[]): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let cursor = 0;
  for (const reference of references) {
    const at = text.value.indexOf(reference.marker, cursor);
    if (at === -1) continue;
    if (at > cursor) parts.push({ type: 'text', value: text.value.slice(cursor, at) });
    parts.push(referenceElement(reference.note));
    cursor = at + reference.marker.length;
  }
  if (cursor < text.value.length) parts.push({ type: 'text', value: text.value.slice(cursor) });
  return parts;
}

/** Replaces the references among a parent's inline children. */
function replaceReferences(parent: Parent, byStart: Map<number, PageReference[]>): void {
  const children = parent.children as PhrasingContent[];
  const result: PhrasingContent[] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as PhrasingContent;
    const start = startOf(child);
    if (child.type === 'footnoteReference') {
      const reference = byStart.get(start)?.[0];
      result.push(reference === undefined ? child : referenceElement(reference.note));
    } else if (child.type === 'text') {
      const inside = [...byStart.entries()]
        .filter(([at]) => at >= start && at < endOf(child))
        .sort(([a], [b]) => a - b)
        .flatMap(([, references]) => references);
      result.push(...(inside.length === 0 ? [child] : splitText(child, inside)));
    } else if (child.type === 'html' && /^<sup\b/iu.test(child.value) && byStart.has(start)) {
      // `<sup>1</sup>` is three nodes (open tag, digits, close tag): all become the references they hold.
      const closing = children.findIndex(
        (node, later) => later > index && node.type === 'html' && /^<\/sup>/iu.test((node as Html).value),
      );
      for (const reference of byStart.get(start) ?? []) result.push(referenceElement(reference.note));
      if (closing !== -1) index = closing;
    } else {
      if ('children' in child) replaceReferences(child as Parent, byStart);
      result.push(child);
    }
  }
  parent.children = result;
}

/** Whether `[start, end)` lies wholly inside the notes' text. */
function insideNotes(node: RootContent, notes: PageNote[]): boolean {
  const start = startOf(node);
  const end = endOf(node);
  return notes.some((note) => note.extent[0] <= start && end <= note.extent[1] + 1);
}

/** Takes the note paragraphs (and the lists of them) and GFM definitions out of the body. */
function removeNotes(parent: Parent, notes: PageNote[]): void {
  parent.children = (parent.children as RootContent[]).filter((child) => {
    if (child.type === 'footnoteDefinition') return false;
    if (child.type === 'paragraph') return !insideNotes(child, notes);
    if (child.type === 'list') {
      child.children = child.children.filter(
        (item) => !(item.children.length === 1 && item.children[0] && insideNotes(item.children[0], notes)),
      );
      return child.children.length > 0;
    }
    if ('children' in child && child.type !== 'heading') removeNotes(child as Parent, notes);
    return true;
  });
}

/**
 * Footnotes as the components write them: each reference (GFM `[^id]`,
 * superscript `¹`, `<sup>1</sup>`) becomes `<alima-footnote-ref>` holding a
 * numbered link to its note, and the draft's notes (GFM definitions, or
 * superscript lines at the end of a section) leave the body for one
 * `<alima-footnotes>` list at the end of the page, one `<alima-footnote>`
 * per note with `source`, `year` and `href` read from the note. The list is
 * in citation order, notes nobody cites last. The notes are `pageNotes()` of
 * the tree as parsed.
 */
export function transformFootnotes(
  tree: Root,
  { notes, references }: { notes: PageNote[]; references: PageReference[] },
): void {
  if (notes.length === 0) return;
  const byStart = new Map<number, PageReference[]>();
  for (const reference of references) {
    const list = byStart.get(reference.start) ?? [];
    list.push(reference);
    byStart.set(reference.start, list);
  }
  removeNotes(tree, notes);
  replaceReferences(tree, byStart);
  tree.children.push(
    asContent(
      element(
        'alima-footnotes',
        {},
        notes.map((note) =>
          asContent(
            element('alima-footnote', {
              id: note.id,
              source: note.source,
              year: note.year || undefined,
              href: note.href || undefined,
            }),
          ),
        ),
      ),
    ),
  );
}
