import { contrastRatio } from '@alima/tokens/contrast.js';
import { describe, expect, it } from 'vitest';
import { loadElements, openPage } from '../../src/internal/test/page-frame.js';
import { hex, renderedText } from './rendered-text.js';
import maliHtml from '../../examples/mali.html?raw';

/*
 * Contrast as readers get it: every element in every variant, on each surface,
 * in each theme, rendered in Chromium with tokens.css; every painted text run
 * is checked against WCAG 2.2 AA (4.5:1, or 3:1 for large text) on the
 * background it is actually drawn on. The pairs come from the page, not from a list.
 */
/** The Mali page (country cards, photo below, primary donate link, footnotes) and the other variants. */
const maliPage = new DOMParser().parseFromString(maliHtml, 'text/html').querySelector('main')?.innerHTML;
const variants = `${maliPage}
  <alima-stat-card value="14442" variant="own" label="children treated" source="ALIMA 2020">14,442</alima-stat-card>
  <alima-photo-credit placement="overlay" photographer="Nana Kofi Acquah"
    ><img alt="Mopti" width="200" height="100" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
  /></alima-photo-credit>
  <alima-donate-button href="/don" variant="inverted"></alima-donate-button>
  <alima-donate-button></alima-donate-button>`;

const surfaces = {
  page: '',
  'raised surface': 'style="background: var(--alima-color-surface-raised); padding: 1rem"',
};
const themes = { light: '', dark: 'data-alima-theme="dark"' };

describe.each(Object.entries(themes))('in the %s theme', (_theme, theme) => {
  it.each(Object.entries(surfaces))('every text on the %s meets WCAG AA', async (_surface, surface) => {
    const page = await openPage(`<section ${theme}><div ${surface}>${variants}</div></section>`);
    page.win.console.warn = () => undefined; // the disabled donate button warns, on purpose
    await loadElements(page);
    const texts = renderedText(page.doc.body);
    // Every element painted text: the walk reached into each shadow root.
    const painted = new Set(texts.map(({ where }) => where.split(' > ')[0]));
    for (const name of [
      'alima-stat-group',
      'alima-stat-card',
      'alima-photo-credit',
      'alima-footnote',
      'alima-footnote-ref',
    ])
      expect(painted, name).toContain(name);
    // The donate link, among the page's other links ("Learn more…").
    expect(texts.some(({ where, text }) => where === 'a' && /Donate/.test(text))).toBe(true);

    const failing = texts
      .map((run) => ({ ...run, ratio: contrastRatio(hex(run.color), hex(run.background)) }))
      .filter(({ ratio, large }) => ratio < (large ? 3 : 4.5))
      .map(
        ({ text, where, color, background, ratio }) =>
          `${where} "${text}": ${color} on ${background} = ${ratio.toFixed(2)}`,
      );
    expect(failing).toEqual([]);
  });
});
