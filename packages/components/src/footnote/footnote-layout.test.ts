import { describe, expect, it } from 'vitest';
import '../footnotes.js';
// The list's entry point loads these after it: import them so they are defined before the tests run.
import '../footnote.js';
import '../footnote-ref.js';
import { footnotesSettled } from '../internal/footnote-registry.js';
import { fixture, settle } from '../internal/test/fixture.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { accessibilityTree, findAll, textOf } from '../internal/test/ax-tree.js';

async function page(html: string, lang = 'en'): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(`<div>${html}</div>`, { lang });
  await footnotesSettled();
  await settle(container);
  return container;
}

const backlinksOf = (note: Element | null) => [
  ...(note?.shadowRoot?.querySelectorAll<HTMLElement>('[part="backlink"]') ?? []),
];

describe('footnote layout and edge cases', () => {
  it('gives every ↩ back link a target of at least 24 × 24 px (WCAG 2.2), in small list text', async () => {
    const root = await page(`<p>A<alima-footnote-ref footnote="n"></alima-footnote-ref>
      B<alima-footnote-ref footnote="n"></alima-footnote-ref></p>
      <alima-footnotes style="font-size: 12px"><alima-footnote id="n" source="IOM"></alima-footnote></alima-footnotes>`);
    const sizes = backlinksOf(root.querySelector('#n')).map((link) => {
      const { width, height } = link.getBoundingClientRect();
      return width >= 24 && height >= 24;
    });
    expect(sizes).toEqual([true, true]);
  });

  it('shows "1." and a mirrored ↩ in right-to-left text', async () => {
    const root = await page(`<div dir="rtl" lang="ar">
      <p>أ<alima-footnote-ref footnote="n"></alima-footnote-ref></p>
      <alima-footnotes><alima-footnote id="n" source="OIM"></alima-footnote></alima-footnotes></div>
      <p>A<alima-footnote-ref footnote="ltr"></alima-footnote-ref></p>
      <alima-footnotes><alima-footnote id="ltr" source="IOM"></alima-footnote></alima-footnotes>`);
    const rtl = root.querySelector('#n');
    const number = rtl?.shadowRoot?.querySelector('[part="number"]');
    if (!number) throw new Error('no number');
    // Where the digit and the full stop are drawn: in right-to-left text without isolation "1." reads ".1".
    const walker = document.createTreeWalker(number, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent?.trim()) node = walker.nextNode();
    if (!node?.textContent) throw new Error('no number text');
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const first = node.textContent.indexOf('1');
    expect(node.textContent.trim()).toBe('1.');
    expect(at(first)).toBeLessThan(at(first + 1));
    const arrow = (note: Element | null) =>
      getComputedStyle(note?.shadowRoot?.querySelector('.arrow') as Element).transform;
    expect(arrow(rtl)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect(arrow(root.querySelector('#ltr'))).toBe('none');
  });

  it('letters back links a … z, then aa, ab: a note cited 28 times never repeats a letter', async () => {
    const refs = '<alima-footnote-ref footnote="n"></alima-footnote-ref>'.repeat(28);
    const root = await page(
      `<p>${refs}</p><alima-footnotes><alima-footnote id="n" source="IOM"></alima-footnote></alima-footnotes>`,
    );
    const letters = backlinksOf(root.querySelector('#n')).map((link) =>
      link.querySelector('[aria-hidden]')?.textContent?.replace('↩', ''),
    );
    expect(letters.slice(0, 3)).toEqual(['a', 'b', 'c']);
    expect(letters.slice(24)).toEqual(['y', 'z', 'aa', 'ab']);
    expect(new Set(letters).size).toBe(28);
  });

  it('gives a duplicate-id note no number and no unnumbered back link, and says why', async () => {
    const warnings = captureWarnings();
    const root = await page(`<p>A<alima-footnote-ref footnote="dup"></alima-footnote-ref></p>
      <alima-footnotes>
        <alima-footnote id="dup" source="One"></alima-footnote>
        <alima-footnote id="dup" source="Two"></alima-footnote>
      </alima-footnotes>`);
    const [first, second] = root.querySelectorAll('alima-footnote');
    expect(backlinksOf(first ?? null).map((link) => link.textContent?.trim())).toEqual([
      '↩Back to reference 1',
    ]);
    expect(backlinksOf(second ?? null)).toEqual([]);
    expect(second?.shadowRoot?.querySelector('[part="number"]')?.textContent?.trim()).toBe('');
    expect(warnings()).toEqual([
      expect.stringMatching(/has id "dup" like an earlier note: it is not numbered and has no back links/),
    ]);
  });

  it('separates a note’s details from its year: "UNOCHA, 2020. United Nations…"', async () => {
    const root = await page(`<p>A<alima-footnote-ref footnote="ocha"></alima-footnote-ref></p>
      <alima-footnotes><alima-footnote id="ocha" source="UNOCHA" year="2020">United Nations Office for the Coordination of Humanitarian Affairs</alima-footnote></alima-footnotes>`);
    // What is read out, shadow text and slotted details together.
    const [item] = findAll(await accessibilityTree(), (node) => node.role === 'listitem');
    expect(item && textOf(item)).toMatch(/^1\.UNOCHA, 2020\. United Nations Office/);
    expect(root.querySelector('#ocha')).not.toBeNull();
  });

  it('follows the language of where a note is moved to', async () => {
    const root =
      await page(`<div lang="en" id="en"><p>A<alima-footnote-ref footnote="n"></alima-footnote-ref></p>
      <alima-footnotes><alima-footnote id="n" source="IOM"></alima-footnote></alima-footnotes></div>
      <div lang="fr" id="fr"></div>`);
    root.querySelector('#fr')?.append(...(root.querySelector('#en')?.childNodes ?? []));
    await footnotesSettled();
    await settle(root);
    const back = backlinksOf(root.querySelector('#n'))[0];
    expect(back?.textContent?.trim()).toBe('↩Retour à l’appel de note 1');
  });
});
