import type { Relationship } from './relationships.js';
import type { ParagraphStyle } from './paragraph-styles.js';
import type { WordBlock, WordInline, WordParagraph } from './word-document.js';
import { attribute, child, elements, textOf, type XmlElement } from './xml-tree.js';

/** What reading a part's content needs: its relationships (links, images) and the styles. */
export interface ContentContext {
  relationships: Map<string, Relationship>;
  styles: Map<string, ParagraphStyle>;
}

/** Wrappers whose content is the document's as if they were not there: content controls, insertions, smart tags. */
const TRANSPARENT = new Set([
  'sdt',
  'sdtContent',
  'ins',
  'moveTo',
  'customXml',
  'smartTag',
  'fldSimple',
  'bdo',
  'dir',
]);

/** The first descendant element of that local name, depth first. */
function find(element: XmlElement, name: string): XmlElement | undefined {
  for (const node of elements(element)) {
    if (node.name === name) return node;
    const found = find(node, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A picture (`w:drawing`, or VML `w:pict` from older Word): alt text from `wp:docPr`, file from the blip. */
function image(element: XmlElement, context: ContentContext): WordInline | undefined {
  const properties = find(element, 'docPr');
  const blip = find(element, 'blip') ?? find(element, 'imagedata');
  if (blip === undefined) return undefined;
  const id = attribute(blip, 'embed') ?? attribute(blip, 'id') ?? '';
  const shape = element.name === 'pict' ? find(element, 'shape') : undefined;
  const alt = (properties && attribute(properties, 'descr')) ?? (shape && attribute(shape, 'alt')) ?? '';
  const title = properties && attribute(properties, 'title');
  return {
    kind: 'image',
    alt,
    ...(title ? { title } : {}),
    src: context.relationships.get(id)?.target ?? (properties && attribute(properties, 'name')) ?? '',
  };
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Whether a run is formatted as superscript (Word's "Superscript" font effect). */
function isSuperscript(run: XmlElement): boolean {
  const properties = child(run, 'rPr');
  const position = properties && child(properties, 'vertAlign');
  return position !== undefined && attribute(position, 'val') === 'superscript';
}

/**
 * The text of a `w:t`. Digits set in superscript are written as superscript
 * digits (`¹`): a note number typed by hand, or an exponent (`km²`), is then
 * read as the rules read them in Markdown.
 */
function runText(part: XmlElement, superscript: boolean): string {
  const text = textOf(part);
  if (!superscript || !/^[\d\s,]+$/.test(text)) return text;
  return text.replace(/\d/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit);
}

/** The content of a run (`w:r`): text, tabs, breaks, note references, pictures. */
function runContent(run: XmlElement, context: ContentContext, into: WordInline[]): void {
  const superscript = isSuperscript(run);
  for (const part of elements(run)) {
    switch (part.name) {
      case 't':
        into.push({ kind: 'text', value: runText(part, superscript) });
        break;
      case 'tab':
        into.push({ kind: 'text', value: '\t' });
        break;
      case 'noBreakHyphen':
        into.push({ kind: 'text', value: '\u2011' });
        break;
      case 'br':
      case 'cr':
        // A page or column break ends no sentence; a line break may.
        if ((attribute(part, 'type') ?? 'textWrapping') === 'textWrapping') into.push({ kind: 'break' });
        break;
      case 'footnoteReference':
      case 'endnoteReference': {
        const id = attribute(part, 'id');
        if (id !== undefined)
          into.push({ kind: 'note', note: part.name === 'footnoteReference' ? 'footnote' : 'endnote', id });
        break;
      }
      case 'drawing':
      case 'pict': {
        // A text box (LibreOffice puts a captioned picture in a frame, with its caption): its paragraphs, inline.
        const box = find(part, 'txbxContent');
        if (box !== undefined) {
          for (const paragraph of paragraphsOf(readBlocks(box, context)))
            into.push({ kind: 'break' }, ...paragraph.inlines);
          break;
        }
        const picture = image(part, context);
        if (picture !== undefined) into.push(picture);
        break;
      }
      case 'AlternateContent': {
        // Choice and Fallback are the same content twice (a DrawingML picture and its VML copy): the first only.
        const choice = elements(part)[0];
        if (choice !== undefined) runContent(choice, context, into);
        break;
      }
      default:
      // Deleted text (`w:delText`), field codes (`w:instrText`), the note's own mark (`w:footnoteRef`), properties.
    }
  }
}

/** A paragraph's inline content in reading order. */
function inlines(parent: XmlElement, context: ContentContext, into: WordInline[] = []): WordInline[] {
  for (const node of elements(parent)) {
    if (node.name === 'r') runContent(node, context, into);
    else if (node.name === 'hyperlink') {
      const id = attribute(node, 'id');
      const anchor = attribute(node, 'anchor');
      const url = (id && context.relationships.get(id)?.target) ?? (anchor ? `#${anchor}` : '');
      into.push({ kind: 'link', url, children: inlines(node, context) });
    } else if (TRANSPARENT.has(node.name)) inlines(node, context, into);
    else if (node.name === 'AlternateContent') {
      const choice = elements(node)[0];
      if (choice !== undefined) inlines(choice, context, into);
    }
  }
  return into;
}

function paragraph(element: XmlElement, context: ContentContext): WordParagraph {
  const properties = child(element, 'pPr');
  const styleId = properties && attribute(child(properties, 'pStyle') ?? properties, 'val');
  const style = styleId === undefined ? undefined : context.styles.get(styleId);
  const numbering = properties && child(properties, 'numPr');
  // `w:numId w:val="0"` switches off the numbering a style gives.
  const numberId = numbering && attribute(child(numbering, 'numId') ?? numbering, 'val');
  const listItem = numbering === undefined ? style?.listItem === true : numberId !== '0';
  return {
    kind: 'paragraph',
    ...(style?.headingDepth === undefined ? {} : { headingDepth: style.headingDepth }),
    listItem,
    quote: style?.quote === true,
    inlines: inlines(element, context),
  };
}

/** The paragraphs of blocks, tables opened row by row: what a table cell or a note holds. */
export function paragraphsOf(blocks: readonly WordBlock[]): WordParagraph[] {
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : block.rows.flat(2)));
}

/**
 * The blocks of a body, a table cell, a footnote or an endnote: paragraphs
 * and tables in order; deleted content (tracked changes) is left out.
 */
export function readBlocks(
  container: XmlElement,
  context: ContentContext,
  into: WordBlock[] = [],
): WordBlock[] {
  for (const node of elements(container)) {
    if (node.name === 'p') into.push(paragraph(node, context));
    else if (node.name === 'tbl') {
      const rows = elements(node)
        .filter((row) => row.name === 'tr')
        .map((row) =>
          elements(row)
            .filter((cell) => cell.name === 'tc')
            .map((cell) => paragraphsOf(readBlocks(cell, context))),
        );
      into.push({ kind: 'table', rows });
    } else if (TRANSPARENT.has(node.name)) readBlocks(node, context, into);
  }
  return into;
}
