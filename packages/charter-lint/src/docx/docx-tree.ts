import type {
  Blockquote,
  FootnoteDefinition,
  List,
  PhrasingContent,
  Root,
  RootContent,
  TableCell,
  TableRow,
} from 'mdast';
import { OPAQUE_MARK } from '../text/inline-text.js';
import { paragraphPlace, plainText, quoteStart } from './place-quote.js';
import { TextWriter } from './text-writer.js';
import type { NoteKind, WordDocument, WordInline, WordParagraph } from './word-document.js';

/** A Word document as the rules read it: the text, its tree, and how to name each line's place in Word. */
export interface DocxText {
  /**
   * One line per paragraph, in document order (table cells row by row, empty
   * paragraphs included), so line N is paragraph N and a column is a
   * character in it; a note reference is written `[^1]`, a picture is one
   * U+FFFC (`OPAQUE_MARK`, which the image model reads as the start of an
   * image). The notes follow the body, one line per paragraph, as GFM
   * footnotes: `[^1]: WHO 2021.` (endnotes `[^i]`, `[^ii]`, as Word numbers them).
   */
  text: string;
  tree: Root;
  /** For line N at index N - 1: where it is in Word (`in “In 2023, 45% of…”`, `in footnote 1 “WHO…”`), or `''`. */
  places: string[];
}

/** Word's default endnote numbering: i, ii, iii, iv… */
function roman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let written = '';
  for (const [size, numeral] of numerals) for (; rest >= size; rest -= size) written += numeral;
  return written;
}

interface CitedNote {
  kind: NoteKind;
  id: string;
  label: string;
}

class TreeBuilder {
  readonly writer = new TextWriter();
  readonly places: string[] = [];
  /** Notes in the order of their first reference, which is how Word numbers them. */
  readonly cited = new Map<string, CitedNote>();
  /** How many notes of each kind are cited so far. */
  private readonly counts: Record<NoteKind, number> = { footnote: 0, endnote: 0 };
  /** Where the last line written ends, before its line break. */
  lineEnd = this.writer.point();

  private label(kind: NoteKind, id: string): string {
    const key = `${kind}:${id}`;
    let note = this.cited.get(key);
    if (note === undefined) {
      const count = (this.counts[kind] += 1);
      note = { kind, id, label: kind === 'footnote' ? String(count) : roman(count) };
      this.cited.set(key, note);
    }
    return note.label;
  }

  phrasing(inlines: readonly WordInline[]): PhrasingContent[] {
    const nodes: PhrasingContent[] = [];
    for (const inline of inlines) {
      const last = nodes.at(-1);
      switch (inline.kind) {
        case 'text': {
          // Text holds no line break: each line is one paragraph.
          const value = inline.value.replace(/[\r\n]/g, ' ');
          if (value === '') break;
          const position = this.writer.write(value);
          if (last?.type === 'text' && last.position) {
            last.value += value;
            last.position.end = position.end;
          } else nodes.push({ type: 'text', value, position });
          break;
        }
        case 'break':
          nodes.push({ type: 'break', position: this.writer.write(' ') });
          break;
        case 'note': {
          const label = this.label(inline.note, inline.id);
          const position = this.writer.write(`[^${label}]`);
          nodes.push({ type: 'footnoteReference', identifier: label, label, position });
          break;
        }
        case 'image':
          nodes.push({
            type: 'image',
            url: inline.src,
            alt: inline.alt,
            title: inline.title ?? null,
            position: this.writer.write(OPAQUE_MARK),
          });
          break;
        case 'link': {
          const start = this.writer.point();
          const children = this.phrasing(inline.children);
          nodes.push({
            type: 'link',
            url: inline.url,
            title: null,
            children,
            position: { start, end: this.writer.point() },
          });
          break;
        }
      }
    }
    return nodes;
  }

  /** Writes a paragraph as one line; its phrasing, or `undefined` when it holds nothing. */
  line(paragraph: WordParagraph, place = paragraphPlace(paragraph.inlines)) {
    const start = this.writer.point();
    const children = this.phrasing(paragraph.inlines);
    const position = { start, end: this.writer.point() };
    this.places.push(place);
    this.lineEnd = this.writer.newline().start;
    const empty = children.every((node) => node.type === 'text' && node.value.trim() === '');
    return empty ? undefined : { children, position };
  }

  cell(paragraphs: readonly WordParagraph[]): TableCell {
    const start = this.writer.point();
    const children: PhrasingContent[] = [];
    paragraphs.forEach((paragraph, index) => {
      const written = this.line(paragraph);
      // The line end between two paragraphs of a cell reads as a line break.
      if (index > 0 && children.length > 0 && written !== undefined)
        children.push({
          type: 'break',
          position: { start: written.position.start, end: written.position.start },
        });
      if (written !== undefined) children.push(...written.children);
    });
    return { type: 'tableCell', children, position: { start, end: this.writer.point() } };
  }

  body(document: WordDocument): RootContent[] {
    const nodes: RootContent[] = [];
    let list: List | undefined;
    let quote: Blockquote | undefined;
    for (const block of document.blocks) {
      if (block.kind === 'table') {
        list = quote = undefined;
        const start = this.writer.point();
        const rows = block.rows.map((cells): TableRow => {
          const rowStart = this.writer.point();
          const children = cells.map((cell) => this.cell(cell));
          return { type: 'tableRow', children, position: { start: rowStart, end: this.writer.point() } };
        });
        nodes.push({
          type: 'table',
          align: [],
          children: rows,
          position: { start, end: this.writer.point() },
        });
        continue;
      }
      const written = this.line(block);
      // An empty paragraph is a line, but no block: it neither ends a list nor starts one.
      if (written === undefined) continue;
      if (block.headingDepth !== undefined) {
        list = quote = undefined;
        nodes.push({ type: 'heading', depth: block.headingDepth as 1, ...written });
      } else if (block.quote) {
        list = undefined;
        if (quote === undefined) {
          quote = { type: 'blockquote', children: [], position: { ...written.position } };
          nodes.push(quote);
        }
        quote.children.push({ type: 'paragraph', ...written });
        if (quote.position) quote.position.end = written.position.end;
      } else if (block.listItem) {
        quote = undefined;
        if (list === undefined) {
          list = {
            type: 'list',
            ordered: false,
            spread: false,
            children: [],
            position: { ...written.position },
          };
          nodes.push(list);
        }
        list.children.push({
          type: 'listItem',
          spread: false,
          children: [{ type: 'paragraph', ...written }],
          position: written.position,
        });
        if (list.position) list.position.end = written.position.end;
      } else {
        list = quote = undefined;
        nodes.push({ type: 'paragraph', ...written });
      }
    }
    return nodes;
  }

  /** The cited notes after the body, as GFM footnote definitions, one line per paragraph. */
  notes(document: WordDocument): FootnoteDefinition[] {
    const definitions: FootnoteDefinition[] = [];
    for (const { kind, id, label } of this.cited.values()) {
      const paragraphs = document.notes[kind].get(id);
      if (paragraphs === undefined) continue;
      const start = this.writer.point();
      this.writer.write(`[^${label}]: `);
      const children: FootnoteDefinition['children'] = [];
      paragraphs.forEach((paragraph, index) => {
        // Word puts the note's number and a space before its text: the space is not the note's.
        const inlines = index === 0 ? withoutLeadingSpace(paragraph.inlines) : paragraph.inlines;
        const place = `in ${kind} ${label} ${quoteStart(plainText(inlines))}`;
        const written = this.line({ ...paragraph, inlines }, place);
        if (written !== undefined) children.push({ type: 'paragraph', ...written });
      });
      if (paragraphs.length === 0) {
        this.places.push(`in ${kind} ${label}`);
        this.lineEnd = this.writer.newline().start;
      }
      const end = this.lineEnd;
      definitions.push({
        type: 'footnoteDefinition',
        identifier: label,
        label,
        children,
        position: { start, end },
      });
    }
    return definitions;
  }
}

function withoutLeadingSpace(inlines: readonly WordInline[]): WordInline[] {
  const rest = [...inlines];
  while (rest[0]?.kind === 'text' && rest[0].value.trim() === '') rest.shift();
  const first = rest[0];
  if (first?.kind === 'text') rest[0] = { ...first, value: first.value.trimStart() };
  return rest;
}

/** Builds the text and tree the charter rules read from a Word document. */
export function docxText(document: WordDocument): DocxText {
  const builder = new TreeBuilder();
  const start = builder.writer.point();
  const children: RootContent[] = builder.body(document);
  children.push(...builder.notes(document));
  const tree: Root = { type: 'root', children, position: { start, end: builder.writer.point() } };
  return { text: builder.writer.text, tree, places: builder.places };
}
