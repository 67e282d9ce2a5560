import type { FootnoteDefinition } from 'mdast';

declare module 'mdast' {
  interface FootnoteDefinitionData {
    /**
     * Set on a note read from a numbered list of sources (an HTML page's
     * `<ol>` of notes): the number its references use (`<sup>2</sup>`), as
     * opposed to a GFM label.
     */
    noteNumber?: number;
  }
}

/** The number of a note from a numbered list of sources, `undefined` for a GFM `[^label]:` note. */
export const noteNumber = (node: FootnoteDefinition): number | undefined => node.data?.noteNumber;
