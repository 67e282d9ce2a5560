import { SaxesParser } from 'saxes';
import { DocxError } from './docx-error.js';

/** An XML element, by its local name (`w:p` is `p`): Word's prefixes are conventional, not fixed. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Deeper nesting than any real document has: a bound on the walks over the tree, which recurse. */
const MAX_DEPTH = 256;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by its local name (`w:val` → `val`, `r:id` → `id`). */
export function attribute(element: XmlElement, name: string): string | undefined {
  return element.attributes[name];
}

/** The first child element of that local name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node;
  return undefined;
}

/** The child elements, text left out. */
export const elements = (element: XmlElement): XmlElement[] =>
  element.children.filter((node): node is XmlElement => typeof node !== 'string');

/** The element's text, all descendants' text joined. */
export function textOf(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? node : textOf(node))).join('');
}

/**
 * Parses one XML part of a document into a tree of elements by local name,
 * attributes by local name too. `part` names it in errors.
 */
export function parseXml(bytes: Uint8Array, part: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  // saxes throws on the first well-formedness error; so does too deep a nesting, to stop at once.
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[localName(name)] = String(value);
    const element: XmlElement = { name: localName(tag.name), attributes, children: [] };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    if (stack.length > MAX_DEPTH) throw new Error(`elements nested more than ${MAX_DEPTH} deep`);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack.at(-1)?.children.push(text);
  });
  try {
    parser.write(new TextDecoder().decode(bytes)).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocxError(`${part} is not well-formed XML (${reason.split('\n')[0]})`);
  }
  const top = elements(root)[0];
  if (top === undefined) throw new DocxError(`${part} is empty`);
  return top;
}
