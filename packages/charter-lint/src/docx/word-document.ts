import type { DocumentProperties } from './document-properties.js';

/** What a Word paragraph holds that the rules read, in reading order. */
export type WordInline =
  | { kind: 'text'; value: string }
  /** A line break inside a paragraph (Shift+Enter). */
  | { kind: 'break' }
  /** A footnote or endnote reference, by the note's id in its part. */
  | { kind: 'note'; note: NoteKind; id: string }
  /** A picture: its alt text and title as Word's "Alt Text" pane sets them, and its part name. */
  | { kind: 'image'; alt: string; title?: string; src: string }
  | { kind: 'link'; url: string; children: WordInline[] };

export type NoteKind = 'footnote' | 'endnote';

export interface WordParagraph {
  kind: 'paragraph';
  /** The heading level its style gives (Title and Heading 1 are 1), if any. */
  headingDepth?: number;
  /** Whether it is a list item (numbered or bulleted, directly or by its style). */
  listItem: boolean;
  /** Whether its style makes it a quotation; consecutive ones are one quote. */
  quote: boolean;
  inlines: WordInline[];
}

/** A table: rows of cells, each cell its paragraphs (a table nested in a cell gives its paragraphs). */
export interface WordTable {
  kind: 'table';
  rows: WordParagraph[][][];
}

export type WordBlock = WordParagraph | WordTable;

/** A Word document as the rules read it: the body, the notes by id, and what its properties say of it. */
export interface WordDocument {
  blocks: WordBlock[];
  notes: Record<NoteKind, Map<string, WordParagraph[]>>;
  properties: DocumentProperties;
}
