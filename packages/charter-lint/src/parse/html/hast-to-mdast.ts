import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent, Text } from 'hast';
import type {
  BlockContent,
  FootnoteDefinition,
  Html,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  TableRow,
} from 'mdast';
import type { Point, Position } from 'unist';
import { location } from 'vfile-location';
import '../note-number.js';
import { BLOCKS, CODE_BLOCKS, HEADINGS, INLINE_CODE, PARAGRAPHS, SKIPPED } from './element-kinds.js';
import { isBacklink, isEndnotes, isSourceList, listStart } from './source-list.js';
import { tagRanges } from './tag-ranges.js';

/** A blank line in text outside any paragraph element separates paragraphs, as in a WordPress post body. */
const BLANK_LINE = /\n[ \t]*\n\s*/g;
const PROSE = /[\p{L}\p{N}]/u;

type Flow = RootContent;

/** Pushes `items` last to first, so they pop in order; no spread: an element may have a million children. */
function pushReversed<Item>(stack: Item[], items: readonly Item[]): void {
  for (let index = items.length - 1; index >= 0; index--) stack.push(items[index] as Item);
}

/** The text of an element, code included, for code and scripts kept as code. */
function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  let text = '';
  const stack: ElementContent[] = [...node.children].reverse();
  for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') pushReversed(stack, child.children);
  }
  return text;
}

/** Reads a hast tree into the rules' mdast, with every position in the HTML source. */
class HtmlReader {
  private readonly place: ReturnType<typeof location>;

  constructor(private readonly source: string) {
    this.place = location(source);
  }

  private point(offset: number): Point {
    const point = this.place.toPoint(offset);
    return point === undefined ? { line: 1, column: 1, offset } : { ...point, offset };
  }

  private position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  /** An `html` node for `[start, end)` of the source, as remark makes for inline tags. */
  private html(start: number, end: number): Html {
    return { type: 'html', value: this.source.slice(start, end), position: this.position(start, end) };
  }

  /** The phrasing's extent, its outer whitespace left out, so a block starts where its text does. */
  private extent(children: readonly PhrasingContent[]): Position | undefined {
    // Children are in source order: the first start and the last end bound them.
    const first = children.find((child) => child.position?.start.offset !== undefined)?.position?.start
      .offset;
    const last = children.findLast((child) => child.position?.end.offset !== undefined)?.position?.end.offset;
    if (first === undefined || last === undefined) return undefined;
    let start = first;
    let end = last;
    while (start < end && /\s/.test(this.source[start] ?? '')) start++;
    while (end > start && /\s/.test(this.source[end - 1] ?? '')) end--;
    return this.position(start, end);
  }

  private paragraph(children: PhrasingContent[]): Paragraph {
    const position = this.extent(children);
    return { type: 'paragraph', children, ...(position ? { position } : {}) };
  }

  /** Whether phrasing holds something to read: text with a letter or digit, or an image. */
  private static worthReading(children: readonly PhrasingContent[]): boolean {
    return children.some(
      (child) =>
        (child.type === 'text' && PROSE.test(child.value)) ||
        (child.type === 'html' && /^<img\b/i.test(child.value)) ||
        ('children' in child && HtmlReader.worthReading(child.children)),
    );
  }

  root(tree: HastRoot): Root {
    const children: Flow[] = [];
    this.flow(tree.children, children, false);
    return {
      type: 'root',
      children,
      position: this.position(0, this.source.length),
    };
  }

  /** Block content into `out`; runs of phrasing between blocks become paragraphs. */
  private flow(nodes: readonly HastContent[], out: Flow[], endnotes: boolean): void {
    let run: PhrasingContent[] = [];
    const flush = () => {
      if (HtmlReader.worthReading(run)) out.push(this.paragraph(run));
      else for (const node of run) if (node.type === 'html') out.push(node);
      run = [];
    };
    for (const node of nodes) {
      if (node.type === 'text') {
        this.splitText(node, run, flush);
      } else if (node.type === 'comment') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined) run.push(this.html(start, end));
      } else if (node.type === 'element' && !SKIPPED.has(node.tagName)) {
        if (BLOCKS.has(node.tagName)) {
          flush();
          this.block(node, out, endnotes);
        } else this.phrasing([node], run);
      }
    }
    flush();
  }

  /** Text between blocks, split into paragraphs at blank lines. */
  private splitText(node: Text, run: PhrasingContent[], flush: () => void): void {
    const start = node.position?.start.offset;
    if (start === undefined || !node.value.includes('\n')) {
      run.push(this.text(node));
      return;
    }
    // The source may hold references (`&amp;`) where the value holds characters: split the source, decode each part.
    const end = node.position?.end.offset ?? start;
    const raw = this.source.slice(start, end);
    if (raw !== node.value) {
      run.push(this.text(node));
      return;
    }
    let from = 0;
    for (const blank of raw.matchAll(BLANK_LINE)) {
      if (blank.index > from) run.push(this.slice(start + from, start + blank.index));
      flush();
      from = blank.index + blank[0].length;
    }
    if (from < raw.length) run.push(this.slice(start + from, end));
  }

  private slice(start: number, end: number): PhrasingContent {
    return { type: 'text', value: this.source.slice(start, end), position: this.position(start, end) };
  }

  private text(node: Text): PhrasingContent {
    return { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) };
  }

  private block(element: Element, out: Flow[], endnotes: boolean): void {
    const name = element.tagName;
    const position = element.position && { start: element.position.start, end: element.position.end };
    const at = position ? { position } : {};
    const heading = HEADINGS[name];
    if (CODE_BLOCKS.has(name)) {
      out.push({ type: 'code', value: textOf(element), ...at });
    } else if (heading !== undefined) {
      const children = this.phrasingOf(element);
      out.push({ type: 'heading', depth: heading, children, ...at });
    } else if (PARAGRAPHS.has(name)) {
      const children = this.phrasingOf(element);
      if (HtmlReader.worthReading(children)) out.push(this.paragraph(children));
    } else if (name === 'ul' || name === 'ol') {
      const before = out.at(-1);
      const headingText = before?.type === 'heading' ? textOfMdast(before.children) : undefined;
      if (isSourceList(element, endnotes, headingText)) this.notes(element, out);
      else this.list(element, out, endnotes);
    } else if (name === 'blockquote') {
      const children: Flow[] = [];
      this.flow(element.children, children, endnotes);
      out.push({ type: 'blockquote', children: children as BlockContent[], ...at });
    } else if (name === 'table') {
      this.table(element, out);
    } else if (name === 'hr') {
      out.push({ type: 'thematicBreak', ...at });
    } else {
      // Containers, and table parts or list items met outside their table or list.
      this.flow(element.children, out, endnotes || isEndnotes(element));
    }
  }

  private items(list: Element): Element[] {
    return list.children.filter(
      (child): child is Element => child.type === 'element' && child.tagName === 'li',
    );
  }

  private list(element: Element, out: Flow[], endnotes: boolean): void {
    const ordered = element.tagName === 'ol';
    const children = this.items(element).map((item) => {
      const content: Flow[] = [];
      this.flow(item.children, content, endnotes);
      return {
        type: 'listItem' as const,
        spread: false,
        children: content as BlockContent[],
        ...(item.position ? { position: item.position } : {}),
      };
    });
    out.push({
      type: 'list',
      ordered,
      ...(ordered ? { start: listStart(element) } : {}),
      spread: false,
      children,
      ...(element.position ? { position: element.position } : {}),
    });
  }

  /** A list of sources: item n is note `start + n`, as GFM notes with the number their references use. */
  private notes(element: Element, out: Flow[]): void {
    const start = listStart(element);
    this.items(element).forEach((item, index) => {
      const number = start + index;
      const children: Flow[] = [];
      this.flow(item.children, children, true);
      const note: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier: String(number),
        label: String(number),
        children: children as BlockContent[],
        data: { noteNumber: number },
        ...(item.position ? { position: item.position } : {}),
      };
      out.push(note);
    });
  }

  private table(element: Element, out: Flow[]): void {
    const rows: TableRow[] = [];
    const stack: ElementContent[] = [...element.children].reverse();
    for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'caption') {
        const caption = this.phrasingOf(child);
        if (HtmlReader.worthReading(caption)) out.push(this.paragraph(caption));
      } else if (child.tagName === 'tr') {
        const cells = child.children.filter(
          (cell): cell is Element =>
            cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
        );
        rows.push({
          type: 'tableRow',
          children: cells.map((cell) => ({
            type: 'tableCell',
            children: this.phrasingOf(cell),
            ...(cell.position ? { position: cell.position } : {}),
          })),
          ...(child.position ? { position: child.position } : {}),
        });
      } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
        pushReversed(stack, child.children);
      }
    }
    if (rows.length > 0) {
      out.push({
        type: 'table',
        align: [],
        children: rows,
        ...(element.position ? { position: element.position } : {}),
      });
    }
  }

  private phrasingOf(element: Element): PhrasingContent[] {
    const children: PhrasingContent[] = [];
    this.phrasing(element.children, children);
    return children;
  }

  /** Inline content into `out`: text, links, emphasis, and the tags the rules read (`<sup>`, `<img>`, our elements) as inline HTML. */
  private phrasing(nodes: readonly ElementContent[], out: PhrasingContent[]): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        out.push(this.text(node));
        continue;
      }
      if (node.type === 'comment') {
        const [start, end] = [node.position?.start.offset, node.position?.end.offset];
        if (start !== undefined && end !== undefined) out.push(this.html(start, end));
        continue;
      }
      if (node.type !== 'element' || SKIPPED.has(node.tagName)) continue;
      this.inlineElement(node, out);
    }
  }

  private inlineElement(element: Element, out: PhrasingContent[]): void {
    const name = element.tagName;
    const ranges = tagRanges(element, this.source);
    const children = () => {
      const inner: PhrasingContent[] = [];
      this.phrasing(element.children, inner);
      return inner;
    };
    const at = element.position ? { position: element.position } : {};
    if (name === 'br') {
      out.push({ type: 'break', ...at });
    } else if (name === 'img' || name === 'sup' || name === 'alima-footnote-ref') {
      // Kept as the tags they are: the footnote and image models read them as they read them in Markdown.
      if (ranges) out.push(this.html(...ranges.open));
      this.phrasing(element.children, out);
      if (ranges?.close) out.push(this.html(...ranges.close));
    } else if (CODE_BLOCKS.has(name) || INLINE_CODE.has(name)) {
      out.push({ type: 'inlineCode', value: textOf(element), ...at });
    } else if (name === 'a' && isBacklink(element)) {
      // A note's way back to its reference (`↩︎`) is navigation, not the note's text.
    } else if (name === 'a' && typeof element.properties?.href === 'string') {
      out.push({ type: 'link', url: element.properties.href, children: children(), ...at });
    } else if (name === 'em' || name === 'i') {
      out.push({ type: 'emphasis', children: children(), ...at });
    } else if (name === 'strong' || name === 'b') {
      out.push({ type: 'strong', children: children(), ...at });
    } else if (name === 'del' || name === 's' || name === 'strike') {
      out.push({ type: 'delete', children: children(), ...at });
    } else {
      // A block inside phrasing (`<p>` in a cell) ends a line; other elements are transparent.
      if (BLOCKS.has(name) && out.length > 0 && element.position) {
        out.push({ type: 'break', position: { start: element.position.start, end: element.position.start } });
      }
      this.phrasing(element.children, out);
    }
  }
}

/** Plain text of phrasing, for telling a heading's words. */
function textOfMdast(children: readonly PhrasingContent[]): string {
  return children
    .map((child) => ('value' in child ? child.value : 'children' in child ? textOfMdast(child.children) : ''))
    .join('');
}

/**
 * The rules' model of an HTML page: paragraphs, headings, lists, tables,
 * quotes and notes from its elements; `<sup>`, `<img>` and
 * `<alima-footnote-ref>` as inline HTML, as in Markdown; code and scripts as
 * code; page furniture (`<nav>`, `<header>`, `<footer>`), attributes and
 * forms left out. Every position is in the HTML source.
 */
export function hastToMdast(tree: HastRoot, source: string): Root {
  return new HtmlReader(source).root(tree);
}
