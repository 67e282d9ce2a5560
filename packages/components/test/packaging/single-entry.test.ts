import { describe, expect, it } from 'vitest';
import { loadElements, nextFrame, openPage } from '../../src/internal/test/page-frame.js';

// Point 10 of issue 14: a page that loads only the stat card's entry point still gets the marker it creates.
describe('loading only @alima/components/stat-card.js', () => {
  it('defines and renders the footnote marker of a card with footnote=', async () => {
    const page = await openPage(`
      <alima-stat-card value="20250000" notation="compact" label="inhabitants" footnote="wb2020">20.25 million</alima-stat-card>`);
    await loadElements(page, { entry: 'stat-card', waitFor: 'alima-footnote-ref' });
    await nextFrame(page.win);
    const ref = page.doc.querySelector('alima-stat-card > alima-footnote-ref');
    expect(page.win.customElements.get('alima-footnotes')).toBeUndefined();
    // The page has no source list, so the marker says its note is missing; it is there all the same.
    expect(ref?.shadowRoot?.querySelector('[part="marker"]')).not.toBeNull();
  });
});

// The source list's entry point registers the three footnote elements, the notes and markers just after the list.
describe('loading only @alima/components/footnotes.js', () => {
  it('defines the notes and markers too, and the page is numbered', async () => {
    const page = await openPage(`
      <p>Inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>
      <alima-footnotes><alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote></alima-footnotes>`);
    await loadElements(page, { entry: 'footnotes', waitFor: 'alima-footnotes' });
    await Promise.all(
      ['alima-footnote', 'alima-footnote-ref'].map((tag) => page.win.customElements.whenDefined(tag)),
    );
    const ref = page.doc.querySelector('alima-footnote-ref');
    const note = page.doc.querySelector('alima-footnote');
    await expect
      .poll(() => ref?.shadowRoot?.querySelector('[part="link"] [aria-hidden]')?.textContent)
      .toBe('1');
    await expect.poll(() => note?.shadowRoot?.querySelector('[part="number"]')?.textContent).toBe('1.');
    expect(page.win.customElements.get('alima-stat-card')).toBeUndefined();
  });
});
