import type { NoteEntry, NoteReference } from './footnote-registry.js';

/** Reports what a check found about one element: a problem to warn about, or (no `message`) that it is gone. */
export type Report = (element: Element, code: string, message?: string) => void;

/**
 * The same checks charter-lint makes on Markdown footnotes, made on the live
 * page for one footnote scope. The registry loads this module once the page
 * has settled and passes how to `report` findings, so the messages are not part of what
 * a page loads up front (and, importing nothing, the module joins a bundle
 * that includes it without splitting it into chunks).
 *
 * `notes` is in document order; `byId` holds the first note of each id;
 * `shown` is the number each note shows.
 */
export function checkScope(
  references: readonly NoteReference[],
  notes: readonly NoteEntry[],
  byId: ReadonlyMap<string, NoteEntry>,
  shown: WeakMap<NoteEntry, number>,
  found: Report,
): void {
  // Numbers follow the text, so a list written in another order reads 1, 3, 2:
  // name the first note that breaks the sequence (the author moves it; the
  // element does not reorder the author's markup).
  let previous = 0;
  for (const note of notes) {
    const number = shown.get(note);
    if (number === undefined) continue;
    found(
      note,
      'out-of-order',
      number < previous
        ? `"${note.id}" is source ${number} but is listed after source ${previous}: list notes in the order the text first cites them.`
        : undefined,
    );
    previous = Math.max(previous, number);
  }
  const cited = new Set(references.map((reference) => reference.footnote.trim()));
  for (const reference of references) {
    const id = reference.footnote.trim();
    found(
      reference,
      'missing-note',
      byId.has(id)
        ? undefined
        : id
          ? `cites footnote "${id}", but no <alima-footnote id="${id}"> is in its footnote scope.`
          : 'needs a footnote attribute naming the id of an <alima-footnote>.',
    );
  }
  for (const note of notes) {
    if (!note.id) found(note, 'missing-id', 'needs an id so references can cite it.');
    else if (byId.get(note.id) !== note)
      found(
        note,
        'duplicate-note',
        `has id "${note.id}" like an earlier note: it is not numbered and has no back links.`,
      );
    else
      found(
        note,
        'unreferenced-note',
        cited.has(note.id)
          ? undefined
          : `"${note.id}" is never cited: add <alima-footnote-ref footnote="${note.id}"> where the source is used, or remove the note.`,
      );
  }
}
