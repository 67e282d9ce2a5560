import type { Position } from 'unist';
import { toSuperscript } from './superscript.js';

/**
 * How a footnote is written: GFM `[^id]`, Unicode superscript digits
 * (`inhabitants¹` … `¹ World Bank 2020`), HTML `<sup>1</sup>`, or the
 * design system's elements (`<alima-footnote-ref footnote="wb2020">` …
 * `<alima-footnote id="wb2020">`). Superscript and `<sup>` share one
 * numbered namespace: `¹` and `<sup>1</sup>` are the same note.
 */
export type FootnoteStyle = 'gfm' | 'superscript' | 'sup' | 'element';

/** The styles whose notes are numbered by the writer. */
export type NumberedStyle = 'superscript' | 'sup';

interface FootnotePart {
  /** What links a reference to its definition: `gfm:who`, `element:wb2020` or, for numbered notes, `1`. */
  key: string;
  /** The marker as the writer reads it: `[^who]`, `¹`, `<sup>1</sup>`, `footnote="wb2020"`. */
  marker: string;
  style: FootnoteStyle;
  /** The note number of superscript and `<sup>` notes. */
  number?: number;
  /** Where the marker is. */
  position: Position;
}

/** A place in the text that points to a note. */
export type FootnoteReference = FootnotePart;

/** A note: `[^who]: WHO 2021`, or a line `¹ World Bank 2020` at the end of a section. */
export interface FootnoteDefinition extends FootnotePart {
  /** The note's text without its marker, continuation lines included. */
  text: string;
  /** The whole note, marker and text. */
  extent: Position;
}

/**
 * A line among a section's numbered notes that has no marker while the
 * numbering around it skips: `³ …`, `IOM 2020`, `⁵ …` (the seed's case).
 */
export interface MarkerlessNote {
  text: string;
  position: Position;
  /** The number it most likely lost: one after the note before it. */
  guessedNumber: number;
  /** The style of the notes around it, to write the guess the same way. */
  style: NumberedStyle;
}

/** Every footnote of a document, in document order. */
export interface FootnoteModel {
  references: FootnoteReference[];
  definitions: FootnoteDefinition[];
  markerless: MarkerlessNote[];
}

/** How a numbered marker is written in a given style, for messages. */
export function numberedMarker(style: NumberedStyle, value: number): string {
  return style === 'sup' ? `<sup>${value}</sup>` : toSuperscript(value);
}
