import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../footnotes.js';
import { renderToString, shadowMarkup } from '../internal/test/ssr.js';

describe('footnote elements on the server', () => {
  it('render a reference as a link to its note, before the page numbers it', async () => {
    const page = await renderToString(
      html`<p>Inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>`,
    );
    const shadow = shadowMarkup(page);
    expect(shadow).toMatch(/<a class="link" part="link" href="#wb2020" role="doc-noteref"/);
    expect(shadow).toContain('>*</span');
    expect(shadow).toContain('>Source</span');
  });

  it('render the source list as a doc-endnotes section of list items, in the language asked for', async () => {
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
      /role="doc-endnotes"[\s\S]*role="heading"\s+aria-level="3"[\s\S]*Sources[\s\S]*role="list"/,
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
