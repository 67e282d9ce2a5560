import type { Nodes, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

const isComponent = (node: Nodes): boolean => node.type === 'element' && node.tagName.startsWith('alima-');

function holdsComponent(node: Nodes): boolean {
  return isComponent(node) || ('children' in node && node.children.some((child) => holdsComponent(child)));
}

/**
 * The page body as one Lit template for `renderPage()`: each ALIMA element's
 * markup is template text, which `@lit-labs/ssr` parses and renders (in
 * document order, so footnotes number as on the page), and the ordinary HTML
 * between them is passed through as it is (`unsafeHTML`: it is rehype's
 * serialisation of the draft, and SSR writes it without parsing it again). A
 * draft without elements costs no template parse at all.
 */
export function pageTemplate(tree: Root): TemplateResult {
  const strings: string[] = [''];
  const values: unknown[] = [];
  let pending = '';
  const flush = () => {
    if (pending === '') return;
    values.push(unsafeHTML(pending));
    strings.push('');
    pending = '';
  };
  const emit = (node: RootContent): void => {
    if (isComponent(node)) {
      flush();
      strings[strings.length - 1] += toHtml(node);
    } else if (node.type === 'element' && holdsComponent(node)) {
      const empty = toHtml({ ...node, children: [] });
      pending += empty.slice(0, empty.length - `</${node.tagName}>`.length);
      for (const child of node.children) emit(child);
      pending += `</${node.tagName}>`;
    } else pending += toHtml(node);
  };
  for (const child of tree.children) emit(child);
  flush();
  return html(Object.assign(strings, { raw: [...strings] }) as unknown as TemplateStringsArray, ...values);
}
