import type { List, Paragraph, Root, RootContent } from 'mdast';
import type { FootnoteDefinition, MarkerlessNote } from './footnote.js';
import { fromSuperscript } from './superscript.js';
import { linesOf, offsetsOf, startOffset, type SourceText } from './source-text.js';

/** A note line starts with its marker: `¹ World Bank 2020`, `<sup>1</sup> World Bank 2020` (three digits at most). */
const NOTE_START =
  /^([ \t]*)(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])|<sup\b[^>]*>[ \t]*(\d{1,3})[ \t]*<\/sup>)[ \t]*/u;

/** The top-level blocks between two headings. */
function sections(tree: Root): RootContent[][] {
  const result: RootContent[][] = [];
  let current: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      result.push(current);
      current = [];
    } else current.push(node);
  }
  return [...result, current];
}

/**
 * A list of notes: `- ¹ World Bank 2020`, every item one paragraph, the
 * first and last starting with a marker (an item between may have lost its).
 */
function isNoteList(list: List, startsWithMarker: (paragraph: Paragraph) => boolean): boolean {
  const paragraphs = list.children.map((item) => (item.children.length === 1 ? item.children[0] : undefined));
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  return (
    paragraphs.every((paragraph) => paragraph?.type === 'paragraph') &&
    first?.type === 'paragraph' &&
    last?.type === 'paragraph' &&
    startsWithMarker(first) &&
    startsWithMarker(last)
  );
}

/** Blocks that may sit among or after the notes without ending them. */
const isTransparent = (node: RootContent) =>
  node.type === 'footnoteDefinition' ||
  node.type === 'definition' ||
  (node.type === 'html' && node.value.trimStart().startsWith('<!--'));

/**
 * The section's trailing paragraphs from its first note line to its last:
 * notes sit at the end of the document or of a section, and a section's
 * last paragraphs are where writers put them.
 */
function noteParagraphs(section: RootContent[], source: SourceText): Paragraph[] {
  const startsWithMarker = (paragraph: Paragraph) => leadingNumber(paragraph, source) !== undefined;
  const tail: Paragraph[] = [];
  for (const node of [...section].reverse()) {
    if (node.type === 'paragraph') tail.unshift(node);
    else if (node.type === 'list' && isNoteList(node, startsWithMarker)) {
      tail.unshift(...node.children.map((item) => item.children[0] as Paragraph));
    } else if (!isTransparent(node)) break;
  }
  const first = tail.findIndex(startsWithMarker);
  const last = tail.findLastIndex(startsWithMarker);
  return first === -1 ? [] : tail.slice(first, last + 1);
}

interface NumberedNotes {
  definitions: FootnoteDefinition[];
  markerless: MarkerlessNote[];
}

/**
 * Superscript and `<sup>` notes: lines at the end of a section that begin
 * with a marker. A paragraph without a marker between two notes continues
 * the note before it, unless the numbering skips there: then it is a note
 * that lost its marker (`³ …`, `IOM 2020`, `⁵ …`).
 */
export function collectNumberedNotes(tree: Root, source: SourceText): NumberedNotes {
  const notes: NumberedNotes = { definitions: [], markerless: [] };
  for (const section of sections(tree)) {
    const paragraphs = noteParagraphs(section, source);
    let current: FootnoteDefinition | undefined;
    // The last number given, by a marker or by guessing a markerless note's.
    let lastNumber = 0;
    paragraphs.forEach((paragraph, index) => {
      const [start, end] = offsetsOf(paragraph);
      for (const line of linesOf(source.value, start, end)) {
        const match = NOTE_START.exec(line.text);
        const lineEnd = line.start + line.text.length;
        if (match !== null) {
          const [whole, lead = '', run, digits] = match;
          const markerStart = line.start + lead.length;
          const markerEnd = line.start + whole.trimEnd().length;
          const number = run === undefined ? Number(digits) : fromSuperscript(run);
          current = {
            key: String(number),
            marker: source.value.slice(markerStart, markerEnd),
            style: run === undefined ? 'sup' : 'superscript',
            number,
            position: source.position(markerStart, markerEnd),
            text: line.text.slice(whole.length).trim(),
            extent: source.position(markerStart, lineEnd),
          };
          notes.definitions.push(current);
          lastNumber = number;
          continue;
        }
        const text = line.text.trim();
        const next = paragraphs
          .slice(index + 1)
          .map((later) => leadingNumber(later, source))
          .find((value) => value !== undefined);
        const lost = notes.markerless.at(-1);
        if (line.start !== start && lost !== undefined && startOffset(lost.position) >= start) {
          // A further line of a paragraph that lost its marker belongs to it.
          lost.text = `${lost.text} ${text}`;
          lost.position = { start: lost.position.start, end: source.position(lineEnd, lineEnd).end };
        } else if (
          line.start === start &&
          current !== undefined &&
          next !== undefined &&
          lastNumber + 1 < next
        ) {
          lastNumber += 1;
          notes.markerless.push({
            text,
            position: source.position(line.start + line.text.indexOf(text), lineEnd),
            guessedNumber: lastNumber,
            style: current.style as MarkerlessNote['style'],
          });
        } else if (current !== undefined) {
          current.text = `${current.text} ${text}`;
          current.extent = { start: current.extent.start, end: source.position(lineEnd, lineEnd).end };
        }
      }
    });
  }
  return notes;
}

/** The number of the marker a paragraph begins with, if it begins with one. */
function leadingNumber(paragraph: Paragraph, source: SourceText): number | undefined {
  const [start, end] = offsetsOf(paragraph);
  const match = NOTE_START.exec(source.value.slice(start, end));
  if (match === null) return undefined;
  return match[2] === undefined ? Number(match[3]) : fromSuperscript(match[2]);
}
