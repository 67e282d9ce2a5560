import { describe, expect, it } from 'vitest';
import { fixture, settle } from './internal/test/fixture.js';
import { captureWarnings } from './internal/test/warnings.js';
import { emulatePrint } from './internal/test/media.js';

// This file must not import the elements statically: it looks at them before they are defined.

const page = `
  <alima-stat-group>
    <alima-stat-card value="20250000" label="inhabitants" source="World Bank 2020">20,250,000</alima-stat-card>
    <alima-stat-card value="3500000" variant="own" label="people face food insecurity, a label long enough to wrap">3,500,000</alima-stat-card>
    <alima-stat-card value="185000">185,000 <span slot="label">children with severe acute malnutrition</span></alima-stat-card>
  </alima-stat-group>
  <alima-photo-credit photographer="Nana Kofi Acquah" caption="Mali, 2020"><img alt="Mali" width="400" height="300"
    src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='300'/%3E"></alima-photo-credit>
  <alima-photo-credit placement="overlay" photographer="Nana Kofi Acquah"><img alt="Mali" width="400" height="300"
    src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='300'/%3E"></alima-photo-credit>
  <p>Mali<alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>
  <alima-footnotes>
    <alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote>
    <alima-footnote id="unicef2020" source="UNICEF" year="2020">State of the World’s Children</alima-footnote>
  </alima-footnotes>
  <alima-donate-button href="/don"><a href="/don">Donate</a></alima-donate-button>`;

async function loadFallbackCss(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./fallback.css', import.meta.url).href;
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
}

function boxes(root: Element): number[][] {
  return [
    ...root.querySelectorAll(
      'alima-stat-group, alima-stat-card, alima-photo-credit, alima-footnotes, alima-footnote, alima-donate-button',
    ),
  ].map((element) => {
    const { top, height, width } = element.getBoundingClientRect();
    return [top, height, width].map(Math.round);
  });
}

describe('fallback.css', () => {
  it('heads key figures in the page language before the elements are defined', async () => {
    await loadFallbackCss();
    const en = await fixture('<alima-stat-group></alima-stat-group>');
    const fr = await fixture('<alima-stat-group></alima-stat-group>', { lang: 'fr' });
    const named = await fixture('<alima-stat-group heading="Our figures"></alima-stat-group>');
    const heading = (group: Element) => getComputedStyle(group, '::before').content;
    expect([heading(en), heading(fr), heading(named)]).toEqual([
      '"Key figures"',
      '"Chiffres-clés"',
      '"Our figures"',
    ]);
  });

  it('shows a card’s figure from its text, or its raw value when it has no text', async () => {
    await loadFallbackCss();
    const page = await fixture(
      `<div><alima-stat-card value="20250000" label="inhabitants">20.25 million</alima-stat-card>
        <alima-stat-card value="20250000" label="inhabitants"></alima-stat-card></div>`,
    );
    const shown = (card: Element) => [
      getComputedStyle(card, '::before').content,
      card.textContent,
      getComputedStyle(card, '::after').content,
    ];
    const [written, bare] = [...page.querySelectorAll('alima-stat-card')];
    expect(written && shown(written)).toEqual(['none', '20.25 million', '"inhabitants"']);
    expect(bare && shown(bare)).toEqual(['"20250000"', '', '"inhabitants"']);
  });

  it('prints a source’s URL after its name before the elements are defined, and not on screen', async () => {
    await loadFallbackCss();
    const list = await fixture(
      `<alima-footnotes>
        <alima-footnote source="World Bank" year="2020" href="https://data.worldbank.org/country/mali"></alima-footnote>
        <alima-footnote source="IOM" href="https://dtm.iom.int/mali"></alima-footnote>
        <alima-footnote source="UNOCHA" year="2020"></alima-footnote>
      </alima-footnotes>`,
    );
    const sources = () =>
      [...list.querySelectorAll('alima-footnote')].map((note) => getComputedStyle(note, '::after').content);
    const onScreen = ['"World Bank, 2020."', '"IOM."', '"UNOCHA, 2020."'];
    expect(sources()).toEqual(onScreen);
    await emulatePrint();
    expect(sources()).toEqual([
      '"World Bank (https://data.worldbank.org/country/mali), 2020."',
      '"IOM (https://dtm.iom.int/mali)."',
      onScreen[2],
    ]);
  });

  it('gives undefined elements the boxes they have once upgraded', async () => {
    captureWarnings();
    await loadFallbackCss();
    const container = (await fixture(`<div style="width: 48rem">${page}</div>`)) as HTMLElement;
    expect(customElements.get('alima-stat-card')).toBeUndefined();
    const before = boxes(container);

    await import('./all.js');
    await settle(container);
    const after = boxes(container);

    expect(after).toHaveLength(10);
    after.forEach((box, index) => {
      box.forEach((value, axis) =>
        expect(Math.abs(value - (before[index]?.[axis] ?? NaN)), `element ${index}`).toBeLessThanOrEqual(4),
      );
    });
  });
});
