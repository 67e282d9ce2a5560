import type { Link, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { asContent, element } from '../mdast/element.js';
import { DEFAULT_DONATE_LINK } from '../options.js';

/** The labels the donate button translates itself; written in the page's language so hydration changes no word. */
const BUILT_IN_LABELS: Record<string, string> = { en: 'Donate', fr: 'Faire un don' };
const BUILT_IN = /^(?:donate|faire un don)$/iu;

/** The link a paragraph is made of, alone: the donate call is a paragraph of its own. */
function loneLink(paragraph: Paragraph): Link | undefined {
  const nodes = paragraph.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  return nodes.length === 1 && nodes[0]?.type === 'link' ? nodes[0] : undefined;
}

/**
 * The donate call: a paragraph that is only a link whose text or URL
 * matches `pattern` (`[Donate](https://…/donate/)`,
 * `[faire un don](https://alima.ngo/faire-un-don/)`) becomes
 * `<alima-donate-button href=…>` around that link. A link text that is one of
 * the button's own labels is written in the page's language, as the button
 * would show it.
 */
export function transformDonate(tree: Root, lang: string, pattern: RegExp = DEFAULT_DONATE_LINK): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'paragraph') continue;
    const link = loneLink(paragraph);
    if (link === undefined || !(pattern.test(toString(link)) || pattern.test(link.url))) continue;
    const text = toString(link).trim();
    const label = BUILT_IN.test(text) ? (BUILT_IN_LABELS[lang] ?? text) : text;
    paragraph.children = [
      asContent(
        element('alima-donate-button', { href: link.url }, [
          {
            type: 'link',
            url: link.url,
            title: link.title ?? null,
            children: [{ type: 'text', value: label }],
          },
        ]),
      ),
    ];
  }
}
