import type { Backlink } from './footnote-registry.js';
import { isServer } from 'lit';
import { backlinkLetter } from './backlink-letter.js';
import { serverPage } from './server-page.js';

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
  /** The citation a stat card just made for its `footnote`, which a marker written inside that card takes over. */
  private held: { noteId: string; index: number } | undefined;

  /** Forgets everything: the next reference is the first of a new page. */
  reset(): void {
    this.numbers = new Map();
    this.citations = new Map();
    this.listed = new Set();
    this.closed = false;
    this.held = undefined;
  }

  /**
   * A stat card with `footnote` renders: it cites the note now, because in the
   * browser it creates its marker in that place. A marker the author wrote in
   * the card (`slot="footnote"`, rendered next) takes this citation over
   * instead of citing again.
   */
  citeForCard(noteId: string): void {
    this.cite(noteId, null);
    this.held = { noteId, index: (this.citations.get(noteId)?.length ?? 1) - 1 };
  }

  /**
   * A reference to `noteId` renders: its number and the id its anchor takes
   * (the author's `ownId`, or `ref-<note>-<n>`). `inCard`: the marker sits in
   * a stat card's footnote slot, so it may be the card's own citation.
   */
  cite(noteId: string, ownId: string | null, inCard = false): { number: number; anchorId: string } {
    const held = this.held;
    this.held = undefined;
    if (inCard && held?.noteId === noteId) {
      const anchors = this.citations.get(noteId) ?? [];
      if (ownId) anchors[held.index] = ownId;
      return { number: this.numbers.get(noteId) ?? 0, anchorId: anchors[held.index] ?? '' };
    }
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
    this.held = undefined;
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

/** The server has no DOM: it numbers in the order elements render. Dropped from browser bundles. */
export const serverFootnotes = /* @__PURE__ */ new ServerFootnotes();
if (isServer) serverPage.footnotes = serverFootnotes;
