import { describe, expect, it } from 'vitest';
import '../footnotes.js';
// The list's entry point loads these after it: import them so they are defined before the tests run.
import '../footnote.js';
import '../footnote-ref.js';
import { footnotesSettled } from '../internal/footnote-registry.js';
import { fixture, settle } from '../internal/test/fixture.js';
import { captureWarnings } from '../internal/test/warnings.js';

function shadowText(element: Element | null | undefined, selector: string): string {
  return (element?.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Marker numbers and note numbers under `root`, in document order. */
function numbers(root: Element): { markers: string[]; notes: string[] } {
  return {
    markers: [...root.querySelectorAll('alima-footnote-ref')].map((ref) => shadowText(ref, '[aria-hidden]')),
    notes: [...root.querySelectorAll('alima-footnote')].map((note) => shadowText(note, '[part="number"]')),
  };
}

async function page(html: string): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(`<div>${html}</div>`);
  await footnotesSettled();
  await settle(container);
  return container;
}

/** An article citing two sources (the second one twice), with its own list; ids prefixed to stay unique. */
const article = (prefix: string, wrapper = 'article', attributes = '') => `<${wrapper} ${attributes}>
  <p>A<alima-footnote-ref footnote="${prefix}-b"></alima-footnote-ref>
     B<alima-footnote-ref footnote="${prefix}-a"></alima-footnote-ref>
     C<alima-footnote-ref footnote="${prefix}-b"></alima-footnote-ref></p>
  <alima-footnotes>
    <alima-footnote id="${prefix}-b" source="World Bank"></alima-footnote>
    <alima-footnote id="${prefix}-a" source="UNOCHA"></alima-footnote>
  </alima-footnotes>
</${wrapper}>`;

describe('footnote scopes', () => {
  it('numbers each <article> of a page from 1, without warnings', async () => {
    const warnings = captureWarnings();
    const root = await page(`<main>${article('one')}${article('two')}${article('three')}</main>`);
    for (const scope of root.querySelectorAll('article')) {
      expect(numbers(scope)).toEqual({ markers: ['1', '2', '1'], notes: ['1.', '2.'] });
    }
    expect(warnings()).toEqual([]);
  });

  it('lets the nearest [footnote-scope] restart numbering, even inside an article', async () => {
    const root = await page(`<article>
      ${article('s1', 'div', 'footnote-scope')}
      ${article('s2', 'section', 'footnote-scope')}
    </article>`);
    const scopes = root.querySelectorAll('[footnote-scope]');
    expect(scopes).toHaveLength(2);
    for (const scope of scopes) {
      expect(numbers(scope)).toEqual({ markers: ['1', '2', '1'], notes: ['1.', '2.'] });
    }
  });

  it('numbers the whole document as one scope when there is no article or scope', async () => {
    const root = await page(`${article('d1', 'div')}${article('d2', 'div')}`);
    expect(numbers(root)).toEqual({
      markers: ['1', '2', '1', '3', '4', '3'],
      notes: ['1.', '2.', '3.', '4.'],
    });
  });

  it('does not link a reference to a note in another scope, and says where it looked', async () => {
    const warnings = captureWarnings();
    const root =
      await page(`<article><p>A<alima-footnote-ref footnote="elsewhere"></alima-footnote-ref></p></article>
      <article><alima-footnotes><alima-footnote id="elsewhere" source="IOM"></alima-footnote></alima-footnotes></article>`);
    expect(numbers(root)).toEqual({ markers: ['?'], notes: [''] });
    expect(warnings()).toEqual([
      expect.stringMatching(
        /cites footnote "elsewhere", but no <alima-footnote id="elsewhere"> is in its footnote scope/,
      ),
      expect.stringMatching(/"elsewhere" is never cited/),
    ]);
  });

  it('renumbers both scopes when a reference moves from one article to another', async () => {
    captureWarnings(); // the move leaves a note uncited and the second list out of order
    const root = await page(`${article('m1')}${article('m2')}`);
    const [first, second] = root.querySelectorAll('article');
    const moved = first?.querySelector<HTMLElement>('alima-footnote-ref[footnote="m1-a"]');
    if (!moved || !second) throw new Error('fixture not rendered');
    moved.setAttribute('footnote', 'm2-a');
    second.querySelector('p')?.prepend(moved);
    await footnotesSettled();
    expect(numbers(first as Element)).toEqual({ markers: ['1', '1'], notes: ['1.', ''] });
    expect(numbers(second)).toEqual({ markers: ['1', '2', '1', '2'], notes: ['2.', '1.'] });
  });
});
