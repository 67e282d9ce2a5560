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
