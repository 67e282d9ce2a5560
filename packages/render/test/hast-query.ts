import type { Element, Nodes, Root } from 'hast';
import { createParser } from '@alima/charter-lint';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { remarkAlima, type AlimaMarkdownOptions } from '../src/index.js';

/** The HTML tree (hast) the plugins give for a draft, through charter-lint's parser and remark-rehype. */
export async function draftTree(markdown: string, options: AlimaMarkdownOptions = {}): Promise<Root> {
  const processor = createParser().use(remarkAlima, options).use(remarkRehype);
  const file = new VFile({ value: markdown, path: 'draft.md' });
  return (await processor.run(processor.parse(file), file)) as Root;
}

/** Every element named `name`, in document order. */
export function elements(tree: Nodes, name: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === name) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** The text of a node. */
export function text(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => text(child)).join('') : '';
}

/** An element's properties as strings, for comparing. */
export const props = (element: Element): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(element.properties).map(([key, value]) => [key, String(value)]));
