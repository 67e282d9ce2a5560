import { attribute, child, elements, type XmlElement } from './xml-tree.js';

/** What a paragraph style means to the rules. */
export interface ParagraphStyle {
  headingDepth?: number;
  listItem: boolean;
  /** A quotation: Word's Quote and Intense Quote, and Block Text (pandoc's style for `>`). */
  quote: boolean;
}

const QUOTE_STYLES = new Set(['quote', 'intense quote', 'block text']);

interface RawStyle {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbered: boolean;
}

/** How long a `basedOn` chain is followed (a loop in a broken file must not hang). */
const MAX_INHERITANCE = 16;

/**
 * Paragraph styles by id, from `styles.xml`. A heading is a style named
 * `heading N` (the built-in names, whatever the display language: Word
 * stores them in English), `Title`, or one with an outline level, its own
 * or inherited; a list item is a style with numbering (`List Bullet`); a
 * quotation is Quote, Intense Quote or Block Text, or a style based on one.
 */
export function readParagraphStyles(styles: XmlElement | undefined): Map<string, ParagraphStyle> {
  const raw = new Map<string, RawStyle>();
  for (const style of styles === undefined ? [] : elements(styles)) {
    if (style.name !== 'style' || attribute(style, 'type') !== 'paragraph') continue;
    const id = attribute(style, 'styleId');
    if (id === undefined) continue;
    const properties = child(style, 'pPr');
    const outline = properties && child(properties, 'outlineLvl');
    const basedOn = child(style, 'basedOn');
    raw.set(id, {
      name: (attribute(child(style, 'name') ?? style, 'val') ?? id).trim().toLowerCase(),
      ...(basedOn && attribute(basedOn, 'val') !== undefined ? { basedOn: attribute(basedOn, 'val') } : {}),
      ...(outline ? { outlineLevel: Number(attribute(outline, 'val')) } : {}),
      numbered: properties !== undefined && child(properties, 'numPr') !== undefined,
    });
  }
  const resolved = new Map<string, ParagraphStyle>();
  for (const [id, style] of raw) {
    let headingDepth: number | undefined;
    let listItem = false;
    let quote = false;
    let current: RawStyle | undefined = style;
    for (let depth = 0; current !== undefined && depth < MAX_INHERITANCE; depth++) {
      const named = /^heading\s*([1-9])$/.exec(current.name);
      headingDepth ??=
        current.name === 'title'
          ? 1
          : named
            ? Number(named[1])
            : current.outlineLevel !== undefined && current.outlineLevel >= 0 && current.outlineLevel < 9
              ? current.outlineLevel + 1
              : undefined;
      listItem ||= current.numbered;
      quote ||= QUOTE_STYLES.has(current.name);
      current = current.basedOn === undefined ? undefined : raw.get(current.basedOn);
    }
    resolved.set(id, {
      ...(headingDepth === undefined ? {} : { headingDepth: Math.min(headingDepth, 6) }),
      listItem,
      quote,
    });
  }
  return resolved;
}
