import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../footnotes.js';
import '../stat-card.js';
import { renderPage } from '../ssr.js';
import { renderToString, shadowMarkup } from '../internal/test/ssr.js';

/** Each declarative shadow root's text, comments and styles removed, spaces collapsed. */
function shadowTexts(page: string, tag: string): string[] {
  return page
    .split(new RegExp(`<${tag}\\s`))
    .slice(1)
    .map((part) =>
      shadowMarkup(part)
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

const article = (n: number) =>
  html`<article>
    <p>
      A<alima-footnote-ref footnote="b${n}"></alima-footnote-ref> B<alima-footnote-ref
        footnote="a${n}"
      ></alima-footnote-ref>
      again<alima-footnote-ref footnote="b${n}"></alima-footnote-ref>
    </p>
    <alima-footnotes>
      <alima-footnote id="b${n}" source="World Bank" year="2020"></alima-footnote>
      <alima-footnote id="a${n}" source="UNOCHA" year="2020">United Nations</alima-footnote>
    </alima-footnotes>
  </article>`;

describe('footnote elements on the server', () => {
  it('render a reference as a numbered link to its note, with the id its note links back to', async () => {
    const page = await renderToString(
      html`<p>Inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>`,
    );
    const shadow = shadowMarkup(page);
    expect(shadow).toMatch(/<a class="link" part="link" href="#wb2020" role="doc-noteref"/);
    expect(shadow).toContain('>1</span');
    expect(shadow).toContain('>Source 1</span');
    expect(page).toMatch(/<alima-footnote-ref [^>]*id="ref-wb2020-1"/);
  });

  it('count a stat card’s footnote once, whether the card’s marker is written inside it or created by the browser', () => {
    const page = renderPage(
      html`<main>
        <alima-stat-card value="1" footnote="a"
          >1<alima-footnote-ref slot="footnote" footnote="a" id="card-a"></alima-footnote-ref
        ></alima-stat-card>
        <alima-stat-card value="2" footnote="b">2</alima-stat-card>
        <p>Again<alima-footnote-ref footnote="b"></alima-footnote-ref></p>
        <alima-footnotes>
          <alima-footnote id="a" source="A" year="2020"></alima-footnote>
          <alima-footnote id="b" source="B" year="2020"></alima-footnote>
        </alima-footnotes>
      </main>`,
    );
    // The written marker takes the card's count over (one back link, to its own id); the text's marker is a second citation.
    expect(shadowTexts(page, 'alima-footnote')).toEqual([
      '1.A, 2020. ↩Back to reference 1',
      '2.B, 2020. ↩aBack to reference 2a↩bBack to reference 2b',
    ]);
    expect(page).toContain('href="#card-a"');
    expect(page).toMatch(/href="#ref-b-1"[\s\S]*href="#ref-b-2"/);
  });

  it('number a whole page in document order, with back links, and restart after each source list', () => {
    const page = renderPage(html`<main>${article(1)}${article(2)}</main>`);
    expect(shadowTexts(page, 'alima-footnote-ref')).toEqual([
      '1Source 1',
      '2Source 2',
      '1Source 1',
      '1Source 1',
      '2Source 2',
      '1Source 1',
    ]);
    expect(shadowTexts(page, 'alima-footnote')).toEqual([
      '1.World Bank, 2020. ↩aBack to reference 1a↩bBack to reference 1b',
      '2.UNOCHA, 2020. ↩Back to reference 2',
      '1.World Bank, 2020. ↩aBack to reference 1a↩bBack to reference 1b',
      '2.UNOCHA, 2020. ↩Back to reference 2',
    ]);
    expect([...page.matchAll(/href="#(ref-[^"]+)"/g)].map((match) => match[1])).toEqual([
      'ref-b1-1',
      'ref-b1-2',
      'ref-a1-1',
      'ref-b2-1',
      'ref-b2-2',
      'ref-a2-1',
    ]);
    expect([...page.matchAll(/<alima-footnote-ref\s[^>]*id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'ref-b1-1',
      'ref-a1-1',
      'ref-b1-2',
      'ref-b2-1',
      'ref-a2-1',
      'ref-b2-2',
    ]);
  });

  it('render every element in the page language given to renderPage, and start each page afresh', () => {
    const french = renderPage(article(1), { lang: 'fr' });
    expect(shadowTexts(french, 'alima-footnote')[1]).toBe('2.UNOCHA, 2020. ↩Retour à l’appel de note 2');
    const again = renderPage(html`<p><alima-footnote-ref footnote="x"></alima-footnote-ref></p>`);
    expect(shadowTexts(again, 'alima-footnote-ref')).toEqual(['1Source 1']);
    expect(again).not.toContain('Retour');
  });

  it('put the CSP nonce on every style of the page, and refuse a nonce that would break the HTML', () => {
    const page = renderPage(article(1), { nonce: 'r4nd0m+/=' });
    const styles = page.match(/<style[^>]*>/g) ?? [];
    expect(styles.length).toBeGreaterThan(0);
    expect(new Set(styles)).toEqual(new Set(['<style nonce="r4nd0m+/=">']));
    expect(() => renderPage(article(1), { nonce: '"><script>' })).toThrow(/nonce/);
  });

  it('render the source list as a section of list items, in the language asked for', async () => {
    const page = await renderToString(
      html`<alima-footnotes lang="fr" heading-level="3">
        <alima-footnote
          id="wb2020"
          source="Banque mondiale"
          year="2020"
          href="https://data.worldbank.org/"
        ></alima-footnote>
      </alima-footnotes>`,
    );
    expect(shadowMarkup(page)).toMatch(
      /<section class="base" part="base">[\s\S]*role="heading"\s+aria-level="3"[\s\S]*Sources[\s\S]*role="list"/,
    );
    expect(page).toMatch(/<alima-footnote[^>]* role="listitem"/);
    const note = shadowMarkup(page.slice(page.search(/<alima-footnote\s/)));
    expect(note).toContain(
      '<a class="source" part="source" href="https://data.worldbank.org/">Banque mondiale</a>, 2020',
    );
  });

  it('escapes hostile attribute values and refuses hostile links', async () => {
    const page = await renderToString(
      html`<alima-footnote
        id="x"
        source=${'<img src=x onerror=alert(1)>'}
        href="javascript:alert(1)"
      ></alima-footnote>`,
    );
    const shadow = shadowMarkup(page);
    expect(shadow).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(shadow).not.toContain('javascript:');
  });
});
