import type { Backlink } from './footnote-registry.js';
import { backlinkLetter } from './backlink-letter.js';

/**
 * Footnote numbering on the server, where there is no DOM to sort: the
 * renderer creates elements in document order, so a reference takes the next
 * number as it renders and a note, rendered after the text, finds its number
 * and back links ready. A source list closes its scope: the first reference
 * after a note starts again at 1, so each `<article>` that ends with its own
 * list numbers from 1, as on the client. `renderPage()` starts every page
 * afresh.
 */
export class ServerFootnotes {
  private numbers = new Map<string, number>();
  private citations = new Map<string, string[]>();
  private listed = new Set<string>();
  private closed = false;

  /** Forgets everything: the next reference is the first of a new page. */
  reset(): void {
    this.numbers = new Map();
    this.citations = new Map();
    this.listed = new Set();
    this.closed = false;
  }

  /** A reference to `noteId` renders: its number and the id its anchor takes (the author's `ownId`, or `ref-<note>-<n>`). */
  cite(noteId: string, ownId: string | null): { number: number; anchorId: string } {
    if (this.closed) this.reset();
    if (!this.numbers.has(noteId)) this.numbers.set(noteId, this.numbers.size + 1);
    const anchors = this.citations.get(noteId) ?? [];
    const anchorId = ownId || `ref-${noteId}-${anchors.length + 1}`;
    anchors.push(anchorId);
    this.citations.set(noteId, anchors);
    return { number: this.numbers.get(noteId) ?? 0, anchorId };
  }

  /** A note renders: its number and back links, or none when nobody cited it or an earlier note has its id. */
  note(id: string): { number: number | undefined; backlinks: Backlink[] } {
    this.closed = true;
    const number = this.listed.has(id) ? undefined : this.numbers.get(id);
    this.listed.add(id);
    if (number === undefined) return { number, backlinks: [] };
    const anchors = this.citations.get(id) ?? [];
    return {
      number,
      backlinks: anchors.map((anchorId, index) => ({
        anchorId,
        letter: anchors.length > 1 ? backlinkLetter(index) : '',
      })),
    };
  }
}
