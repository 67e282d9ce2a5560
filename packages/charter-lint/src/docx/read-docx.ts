import { DocxError } from './docx-error.js';
import { readDocumentProperties } from './document-properties.js';
import { readParagraphStyles } from './paragraph-styles.js';
import { paragraphsOf, readBlocks, type ContentContext } from './read-content.js';
import { readRelationships, relationshipsPart, targetOfType } from './relationships.js';
import { unzipParts } from './unzip-parts.js';
import type { NoteKind, WordDocument, WordParagraph } from './word-document.js';
import { attribute, child, elements, parseXml, type XmlElement } from './xml-tree.js';

/** Where Word, LibreOffice and Google Docs put the main document; the package's relationships say for sure. */
const DEFAULT_DOCUMENT = 'word/document.xml';

/** The notes of a `footnotes.xml` or `endnotes.xml`, separators left out. */
function readNotes(part: XmlElement | undefined, context: ContentContext): Map<string, WordParagraph[]> {
  const notes = new Map<string, WordParagraph[]>();
  for (const note of part === undefined ? [] : elements(part)) {
    const id = attribute(note, 'id');
    const type = attribute(note, 'type') ?? 'normal';
    if (id !== undefined && type === 'normal') notes.set(id, paragraphsOf(readBlocks(note, context)));
  }
  return notes;
}

/**
 * An optional part (the custom properties): a malformed one is left out
 * rather than making the whole document unreadable, since the text is fine.
 */
function optionalXml(
  xml: (name: string | undefined) => XmlElement | undefined,
  name: string | undefined,
): XmlElement | undefined {
  try {
    return xml(name);
  } catch (error) {
    if (error instanceof DocxError) return undefined;
    throw error;
  }
}

/**
 * Reads a `.docx` (from Word, LibreOffice, Google Docs, pandoc): the body's
 * paragraphs and tables, footnotes and endnotes, with the styles that make
 * headings and list items, and the custom properties the project rules
 * read (`scope`, `translationKey`). Throws a `DocxError` saying what is wrong for a
 * file that is not a readable Word document.
 *
 * Built on fflate (unzip) and saxes (XML), both small, maintained and
 * browser-safe, rather than mammoth: mammoth unzips with JSZip, which has
 * no bound on the unzipped size (a zip bomb), and gives HTML or an
 * undocumented document model, while the rules need each paragraph, note
 * reference, picture and table cell in order, which the XML gives directly.
 */
export function readDocx(bytes: Uint8Array): WordDocument {
  const parts = unzipParts(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  const xml = (name: string | undefined): XmlElement | undefined => {
    const content = name === undefined ? undefined : parts.get(name);
    return content === undefined || name === undefined ? undefined : parseXml(content, name);
  };
  const packageRelationships = readRelationships(xml('_rels/.rels'), '');
  const documentPart = targetOfType(packageRelationships, 'officeDocument') ?? DEFAULT_DOCUMENT;
  const document = xml(documentPart);
  if (document === undefined)
    throw new DocxError(
      parts.size === 0
        ? 'a zip archive, but no Word document inside'
        : `no ${documentPart} inside: not a Word document`,
    );
  const body = child(document, 'body');
  if (body === undefined) throw new DocxError(`${documentPart} has no body: not a Word document`);
  const relationships = readRelationships(xml(relationshipsPart(documentPart)), documentPart);
  const context: ContentContext = {
    relationships,
    styles: readParagraphStyles(xml(targetOfType(relationships, 'styles'))),
  };
  const notesOf = (type: string): Map<string, WordParagraph[]> => {
    const part = targetOfType(relationships, type);
    const noteContext = {
      ...context,
      relationships: readRelationships(xml(part && relationshipsPart(part)), part ?? ''),
    };
    return readNotes(xml(part), noteContext);
  };
  const notes: Record<NoteKind, Map<string, WordParagraph[]>> = {
    footnote: notesOf('footnotes'),
    endnote: notesOf('endnotes'),
  };
  const properties = readDocumentProperties(
    optionalXml(xml, targetOfType(packageRelationships, 'custom-properties')),
  );
  return { blocks: readBlocks(body, context), notes, properties };
}
