import { describe, expect, it } from 'vitest';
import '../footnotes.js';
// The list's entry point loads these after it: import them so they are defined before the tests run.
import '../footnote.js';
import '../footnote-ref.js';
import { footnotesSettled } from '../internal/footnote-registry.js';
import { accessibilityTree, findAll, isLink, textOf } from '../internal/test/ax-tree.js';
import { fixture, settle } from '../internal/test/fixture.js';

async function page(html: string, lang = 'en'): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(`<div>${html}</div>`, { lang });
  await footnotesSettled();
  await settle(container);
  return container;
}

const TEXT = `<p>Inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref>,
  displaced<alima-footnote-ref footnote="ocha2020"></alima-footnote-ref>,
  again<alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>
  <alima-footnotes>
    <alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote>
    <alima-footnote id="ocha2020" source="UNOCHA" year="2020">United Nations</alima-footnote>
  </alima-footnotes>`;

describe('footnotes in Chromium’s accessibility tree', () => {
  it('gives the source list as a list of list items, each with its number and source', async () => {
    await page(TEXT);
    const tree = await accessibilityTree();
    const [list, ...others] = findAll(tree, (node) => node.role === 'list');
    expect(others).toEqual([]);
    expect(list?.children.map((child) => child.role)).toEqual(['listitem', 'listitem']);
    expect(list?.children.map((item) => textOf(item).replace(/\s+/g, ' '))).toEqual([
      // The ↩ arrows are hidden from screen readers: each back link is named in words.
      '1.World Bank, 2020.Back to reference 1aBack to reference 1b',
      '2.UNOCHA, 2020. United NationsBack to reference 2',
    ]);
  });

  it('gives each marker as a link named with its note number, in the page language', async () => {
    await page(TEXT, 'fr');
    const tree = await accessibilityTree();
    const markers = findAll(tree, (node) => isLink(node) && node.name.startsWith('Source'));
    expect(markers.map((link) => link.name)).toEqual(['Source 1', 'Source 2', 'Source 1']);
    const backlinks = findAll(tree, (node) => isLink(node) && node.name.startsWith('Retour'));
    expect(backlinks.map((link) => link.name)).toEqual([
      'Retour à l’appel de note 1a',
      'Retour à l’appel de note 1b',
      'Retour à l’appel de note 2',
    ]);
  });
});
