import { isServer, type ReactiveElement } from 'lit';
import { resetWarning, warnOnce } from './dev-warnings.js';
import { backlinkLetter } from './backlink-letter.js';
import type * as FootnoteChecks from './footnote-checks.js';

/** What a reference shows: its note's number, or that the note is missing. */
export type ReferenceNumber = { state: 'numbered'; number: number } | { state: 'missing' };

/** A link from a note back to one of the places that cite it. */
export interface Backlink {
  /** Id of the light-DOM element that holds the reference. */
  anchorId: string;
  /** `a`, `b`, … `z`, `aa`, … when a note is cited more than once; empty otherwise. */
  letter: string;
}

/** An element that cites a note, such as `<alima-footnote-ref>`. */
export interface NoteReference extends ReactiveElement {
  /** Id of the cited `<alima-footnote>`. */
  readonly footnote: string;
  /** Called by the registry whenever numbering changes. */
  showNumber(number: ReferenceNumber): void;
}

/** A note in the source list, such as `<alima-footnote>`. */
export interface NoteEntry extends ReactiveElement {
  /** Called by the registry whenever numbering changes; `undefined` when nobody cites the note. */
  showNumber(number: number | undefined, backlinks: readonly Backlink[]): void;
}

/** The attribute that makes an element a numbering scope of its own (see {@link scopeOf}). */
export const FOOTNOTE_SCOPE_ATTRIBUTE = 'footnote-scope';

const references = new Set<NoteReference>();
const notes = new Set<NoteEntry>();
/** Where each back link points, so activating it can give its anchor the id (see {@link prepareBacklink}). */
const anchors = new Map<string, Element>();
/** Ids the registry gave to anchors, so it may rename them and never renames an author's id. */
const generatedIds = new WeakMap<Element, string>();
let dirty = false;
let running: Promise<void> | undefined;
/** Counts membership changes, so hydrating elements number the page once, not once each. */
let changes = 0;
let numberedAt = -1;

export { serverFootnotes } from './server-footnotes.js';

/** Starts numbering the notes a reference cites. Call from `connectedCallback`. */
export function addReference(reference: NoteReference): void {
  references.add(reference);
  footnotesChanged();
}

/** Call from `disconnectedCallback`. */
export function removeReference(reference: NoteReference): void {
  references.delete(reference);
  footnotesChanged();
}

/** Call from `connectedCallback` of a note. */
export function addNote(note: NoteEntry): void {
  notes.add(note);
  footnotesChanged();
}

/** Call from `disconnectedCallback` of a note. */
export function removeNote(note: NoteEntry): void {
  notes.delete(note);
  footnotesChanged();
}

/** Renumbers soon; call when a `footnote` attribute, a note's `id` or a scope changes. */
export function footnotesChanged(): void {
  if (isServer) return;
  changes++;
  dirty = true;
  running ??= renumberUntilSettled();
}

/**
 * Resolves once every reference and note shows its final number and the
 * development checks have run. Tests and elements that read numbers await it.
 */
export function footnotesSettled(): Promise<void> {
  return running ?? Promise.resolve();
}

/**
 * Numbers every connected element at once. A server-rendered element calls
 * this before its first client render, so it hydrates with the numbers the
 * server wrote (Lit hydration expects the first render to match the HTML).
 */
export function numberNow(): void {
  if (numberedAt !== changes) renumber();
}

/** Resolves when every reference and note has rendered; one element failing to render does not stop the others. */
function membersRendered(): Promise<unknown> {
  return Promise.allSettled([...references, ...notes].map((member) => member.updateComplete));
}

async function renumberUntilSettled(): Promise<void> {
  try {
    let checks: typeof FootnoteChecks;
    do {
      while (dirty) {
        dirty = false;
        await membersRendered();
        renumber();
      }
      await membersRendered();
      // Elements defined by separate scripts appear over several tasks: judge
      // missing and unused notes once the page has stopped changing.
      await new Promise((resolve) => setTimeout(resolve));
      // The checks load only now, and the page may change meanwhile: then number it again.
      checks = await import('./footnote-checks.js');
    } while (dirty);
    warnAboutMismatches(checks.checkScope);
  } finally {
    running = undefined;
  }
}

/** The element in the document tree that holds a reference, crossing shadow roots (a stat card holds its marker). */
function anchorOf(reference: Element): Element {
  let element = reference;
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = element.getRootNode()) {
    element = root.host;
  }
  return element;
}

/**
 * Where numbering restarts: the nearest ancestor with `footnote-scope`, else
 * the nearest `<article>`, else the document. References and notes number
 * together only within the same scope.
 */
export function scopeOf(element: Element): Node {
  const anchor = anchorOf(element);
  return anchor.closest(`[${FOOTNOTE_SCOPE_ATTRIBUTE}]`) ?? anchor.closest('article') ?? anchor.getRootNode();
}

function inDocumentOrder<T extends Element>(a: T, b: T): number {
  const [first, second] = anchorOf(a) === anchorOf(b) ? [a, b] : [anchorOf(a), anchorOf(b)];
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The id an anchor has or will get: the author's, or `ref-<note>-<occurrence>` (the same on the server). */
function anchorIdOf(anchor: Element, noteId: string, occurrence: number): string {
  if (anchor.id && generatedIds.get(anchor) !== anchor.id) return anchor.id;
  let id = `ref-${noteId}-${occurrence}`;
  for (let suffix = 2; isTakenByAnother(id, anchor); suffix++) id = `ref-${noteId}-${occurrence}-${suffix}`;
  return id;
}

function isTakenByAnother(id: string, anchor: Element): boolean {
  const holder = anchor.ownerDocument.getElementById(id);
  return holder !== null && holder !== anchor;
}

/**
 * Gives a back link's anchor its id just before the link is followed. Ids are
 * not written when numbering, so a page hydrated by React (or any framework
 * that compares attributes) is not changed before it hydrates.
 */
export function prepareBacklink(anchorId: string): void {
  const anchor = anchors.get(anchorId);
  if (!anchor?.isConnected || anchor.id === anchorId) return;
  anchor.id = anchorId;
  generatedIds.set(anchor, anchorId);
}

function groupByScope<T extends Element>(members: Iterable<T>): Map<Node, T[]> {
  const groups = new Map<Node, T[]>();
  for (const member of members) {
    const scope = scopeOf(member);
    const group = groups.get(scope);
    if (group) group.push(member);
    else groups.set(scope, [member]);
  }
  return groups;
}

function notesById(scopeNotes: readonly NoteEntry[]): Map<string, NoteEntry> {
  const byId = new Map<string, NoteEntry>();
  for (const note of [...scopeNotes].sort(inDocumentOrder))
    if (note.id && !byId.has(note.id)) byId.set(note.id, note);
  return byId;
}

/** The number each note shows, kept from the last renumbering for the order check. */
const shownNumbers = new WeakMap<NoteEntry, number>();

/** Calls `visit` with the references and notes of each footnote scope on the page. */
function forEachScope(visit: (scopeReferences: NoteReference[], scopeNotes: NoteEntry[]) => void): void {
  const referencesByScope = groupByScope(references);
  const notesByScope = groupByScope(notes);
  for (const scope of new Set([...referencesByScope.keys(), ...notesByScope.keys()]))
    visit(referencesByScope.get(scope) ?? [], notesByScope.get(scope) ?? []);
}

function renumber(): void {
  numberedAt = changes;
  anchors.clear();
  forEachScope(renumberScope);
}

function renumberScope(scopeReferences: NoteReference[], scopeNotes: NoteEntry[]): void {
  const byId = notesById(scopeNotes);
  const numbers = new Map<string, number>();
  const citations = new Map<string, NoteReference[]>();
  for (const reference of scopeReferences.sort(inDocumentOrder)) {
    const id = reference.footnote.trim();
    if (!byId.has(id)) {
      reference.showNumber({ state: 'missing' });
      continue;
    }
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    const citing = citations.get(id);
    if (citing) citing.push(reference);
    else citations.set(id, [reference]);
    reference.showNumber({ state: 'numbered', number: numbers.get(id) ?? 0 });
  }
  for (const note of scopeNotes) {
    const number = byId.get(note.id) === note ? numbers.get(note.id) : undefined;
    // A duplicate note is not numbered and gets no back links: they would read "Back to reference" with no number.
    const citing = number === undefined ? [] : (citations.get(note.id) ?? []);
    const backlinks = citing.map((reference, index) => {
      const anchor = anchorOf(reference);
      const anchorId = anchorIdOf(anchor, note.id, index + 1);
      anchors.set(anchorId, anchor);
      return { anchorId, letter: citing.length > 1 ? backlinkLetter(index) : '' };
    });
    if (number === undefined) shownNumbers.delete(note);
    else shownNumbers.set(note, number);
    note.showNumber(number, backlinks);
  }
}

const report: FootnoteChecks.Report = (element, code, message) =>
  message ? warnOnce(element, code, message) : resetWarning(element, code);

/** The development checks (footnote-checks.ts, loaded once the page has settled), scope by scope. */
function warnAboutMismatches(checkScope: typeof FootnoteChecks.checkScope): void {
  forEachScope((scopeReferences, scopeNotes) => {
    const inOrder = scopeNotes.sort(inDocumentOrder);
    checkScope(scopeReferences, inOrder, notesById(inOrder), shownNumbers, report);
  });
}
