import { describe, expect, it } from 'vitest';
import '../stat-card.js';
import '../footnotes.js';
// The list's entry point loads the notes after it: import them so they are defined before the tests run.
import '../footnote.js';
import { footnotesSettled } from '../footnote-ref.js';
import type { AlimaStatCard } from './stat-card.js';
import { statCardVariants } from './stat-card.js';
import { expectNoAxeViolations } from '../internal/test/axe.js';
import { fixture, settle } from '../internal/test/fixture.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { emulateMedia } from '../internal/test/media.js';
import { computedColor } from '../internal/test/system-color.js';

/** What a reader sees in one part, with Intl's no-break spaces made visible as plain spaces. */
function text(card: AlimaStatCard, part: string): string {
  const node = card.shadowRoot?.querySelector(`[part~="${part}"]`);
  return (node?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
}

/** The same markup rendered under `lang="en"` and under `lang="fr"`. */
async function inEnglishAndFrench(html: string): Promise<[AlimaStatCard, AlimaStatCard]> {
  return [await fixture<AlimaStatCard>(html), await fixture<AlimaStatCard>(html, { lang: 'fr' })];
}

describe('<alima-stat-card>', () => {
  describe('value', () => {
    it('formats a number compactly in English and in French', async () => {
      const [en, fr] = await inEnglishAndFrench(
        '<alima-stat-card value="20250000" notation="compact" label="inhabitants" source="World Bank 2020"></alima-stat-card>',
      );
      expect(text(en, 'value')).toBe('20.25 million');
      expect(text(fr, 'value')).toBe('20,25 millions');
    });

    it('groups digits in standard notation, with the no-break space French uses', async () => {
      const [en, fr] = await inEnglishAndFrench(
        '<alima-stat-card value="332957" source="OIM 2020"></alima-stat-card>',
      );
      expect(text(en, 'value')).toBe('332,957');
      expect(text(fr, 'value')).toBe('332 957');
      expect(fr.shadowRoot?.querySelector('[part="value"]')?.textContent).toMatch(/332[\u00a0\u202f]957/);
    });

    it('leaves years and other four-digit numbers ungrouped, and writes codes as they are with format="plain"', async () => {
      const [year, yearFr] = await inEnglishAndFrench(
        '<alima-stat-card value="2011" source="x"></alima-stat-card>',
      );
      const five = await fixture<AlimaStatCard>(
        '<alima-stat-card value="12500" source="x"></alima-stat-card>',
      );
      const code = await fixture<AlimaStatCard>(
        '<alima-stat-card value="75011" format="plain" source="x"></alima-stat-card>',
      );
      expect([text(year, 'value'), text(yearFr, 'value'), text(five, 'value'), text(code, 'value')]).toEqual([
        '2011',
        '2011',
        '12,500',
        '75011',
      ]);
    });

    it('formats percent, currency and unit values through Intl in the page language', async () => {
      const html = `
        <alima-stat-card value="42" format="percent" source="x"></alima-stat-card>
        <alima-stat-card value="12.5" format="percent" source="x"></alima-stat-card>
        <alima-stat-card value="1500000" format="currency" currency="EUR" notation="compact" source="x"></alima-stat-card>
        <alima-stat-card value="30" format="currency" currency="USD" source="x"></alima-stat-card>
        <alima-stat-card value="1240" format="unit" unit="kilometer" source="x"></alima-stat-card>`;
      const read = async (lang: string) => {
        const first = await fixture(`<div>${html}</div>`, { lang });
        return [...first.querySelectorAll('alima-stat-card')].map((card) =>
          text(card as AlimaStatCard, 'value'),
        );
      };
      expect(await read('en')).toEqual(['42%', '12.5%', '€1.5M', '$30', '1240 kilometers']);
      expect(await read('fr')).toEqual(['42 %', '12,5 %', '1,5 M €', '30 $US', '1240 kilomètres']);
    });

    it('accepts exponent notation', async () => {
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="1e6" notation="compact" source="x"></alima-stat-card>',
      );
      expect(text(card, 'value')).toBe('1 million');
    });

    it('warns once and shows the number when the currency or unit is unknown', async () => {
      const warnings = captureWarnings();
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="30000" format="unit" unit="parsec-per-banana" source="x"></alima-stat-card>',
      );
      card.requestUpdate();
      await card.updateComplete;
      expect(text(card, 'value')).toBe('30,000');
      expect(warnings()).toEqual([expect.stringMatching(/<alima-stat-card> cannot format as unit/)]);
    });

    it('accepts a number set as a property', async () => {
      const card = await fixture<AlimaStatCard>('<alima-stat-card source="UNICEF 2020"></alima-stat-card>');
      card.value = 185000;
      await card.updateComplete;
      expect(text(card, 'value')).toBe('185,000');
    });

    it('shows free text from the default slot when there is no value', async () => {
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card source="ALIMA 2020">1 in 5 <span slot="label">children</span></alima-stat-card>',
      );
      const slot = card.shadowRoot?.querySelector<HTMLSlotElement>('[part="value"] slot:not([name])');
      expect(slot?.assignedNodes().map((node) => node.textContent?.trim())).toEqual(['1 in 5']);
    });

    it('renders a value that is not a number as it was written, and warns once', async () => {
      const warnings = captureWarnings();
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="about 3,000" source="ALIMA 2020"></alima-stat-card>',
      );
      card.label = 'deliveries';
      await card.updateComplete;
      expect(text(card, 'value')).toBe('about 3,000');
      expect(warnings()).toEqual([
        expect.stringMatching(/<alima-stat-card> value "about 3,000" is not a number/),
      ]);
    });
  });

  describe('label', () => {
    it('comes from the attribute or from the label slot', async () => {
      const fromAttribute = await fixture<AlimaStatCard>(
        '<alima-stat-card value="3500000" label="people face food insecurity" source="UNOCHA 2020"></alima-stat-card>',
      );
      const fromSlot = await fixture<AlimaStatCard>(
        '<alima-stat-card value="3500000" source="UNOCHA 2020"><span slot="label">people <em>face</em> food insecurity</span></alima-stat-card>',
      );
      expect(text(fromAttribute, 'label')).toBe('people face food insecurity');
      const slot = fromSlot.shadowRoot?.querySelector<HTMLSlotElement>('slot[name="label"]');
      expect(slot?.assignedElements()[0]?.textContent).toBe('people face food insecurity');
    });

    it('wraps long labels instead of overflowing a narrow card', async () => {
      const card = await fixture<AlimaStatCard>(
        `<alima-stat-card style="width: 10rem" value="133452" source="ALIMA 2020"
          label="mères formées à l’utilisation du bracelet MUAC (mesure du périmètre brachial des bébés ou des enfants)"></alima-stat-card>`,
        { lang: 'fr' },
      );
      const label = card.shadowRoot?.querySelector('[part="label"]') as HTMLElement;
      expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
      expect(label.getBoundingClientRect().height).toBeGreaterThan(60);
    });
  });

  describe('sources', () => {
    it('shows a short source as text', async () => {
      const [en, fr] = await inEnglishAndFrench(
        '<alima-stat-card value="1" source="World Bank 2020"></alima-stat-card>',
      );
      expect(text(en, 'source')).toBe('Source: World Bank 2020');
      expect(text(fr, 'source')).toBe('Source : World Bank 2020');
      expect(en.unsourced).toBe(false);
    });

    it('puts a footnote reference in its light DOM, where footnote ids and numbering can reach it', async () => {
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="20250000" footnote="wb2020"></alima-stat-card>',
      );
      const refs = card.querySelectorAll('alima-footnote-ref');
      expect(refs).toHaveLength(1);
      expect(refs[0]?.getAttribute('footnote')).toBe('wb2020');
      expect(refs[0]?.slot).toBe('footnote');
      expect(card.hasAttribute('unsourced')).toBe(false);

      card.footnote = 'unicef2020';
      await card.updateComplete;
      expect(
        [...card.querySelectorAll('alima-footnote-ref')].map((ref) => ref.getAttribute('footnote')),
      ).toEqual(['unicef2020']);

      card.footnote = undefined;
      card.source = 'UNICEF 2020';
      await card.updateComplete;
      expect(card.querySelector('alima-footnote-ref')).toBeNull();
    });

    it('numbers its marker with the page’s footnotes, and the note links back into the card', async () => {
      const container = (await fixture(`<div>
        <p>Mali<alima-footnote-ref footnote="unicef2020"></alima-footnote-ref></p>
        <alima-stat-card value="20250000" notation="compact" label="inhabitants" footnote="wb2020"></alima-stat-card>
        <alima-footnotes>
          <alima-footnote id="unicef2020" source="UNICEF" year="2020"></alima-footnote>
          <alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote>
        </alima-footnotes>
      </div>`)) as HTMLElement;
      await footnotesSettled();
      const marker = container.querySelector('alima-stat-card alima-footnote-ref');
      const link = marker?.shadowRoot?.querySelector<HTMLAnchorElement>('a[role="doc-noteref"]');
      expect(link?.getAttribute('href')).toBe('#wb2020');
      expect(link?.textContent).toContain('2');
      const backlink = container
        .querySelector('alima-footnote#wb2020')
        ?.shadowRoot?.querySelector<HTMLAnchorElement>('a[role="doc-backlink"]');
      backlink?.click(); // the marker takes the id its back link names as the link is followed
      const target = document.getElementById(backlink?.hash.slice(1) ?? '');
      expect(target).toBe(marker);
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('keeps a footnote reference the author wrote and counts it as a source', async () => {
      const warnings = captureWarnings();
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="1"><alima-footnote-ref slot="footnote" footnote="wb2020"></alima-footnote-ref></alima-stat-card>',
      );
      expect(card.querySelectorAll('alima-footnote-ref')).toHaveLength(1);
      expect(card.unsourced).toBe(false);
      expect(warnings()).toEqual([]);
    });

    it('reflects unsourced and warns once when a figure has no source', async () => {
      const warnings = captureWarnings();
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="979000" label="children"></alima-stat-card>',
      );
      expect(card.hasAttribute('unsourced')).toBe(true);
      card.label = 'children, mostly';
      await card.updateComplete;
      expect(warnings()).toEqual([expect.stringMatching(/<alima-stat-card> figure "979000" has no source/)]);

      card.source = 'Cadre harmonisé 2020';
      await card.updateComplete;
      expect(card.hasAttribute('unsourced')).toBe(false);
    });
  });

  describe('language', () => {
    it('re-renders when an ancestor changes its lang', async () => {
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="20250000" notation="compact" source="World Bank 2020"></alima-stat-card>',
      );
      card.parentElement?.setAttribute('lang', 'fr');
      await new Promise((resolve) => setTimeout(resolve));
      await settle(card);
      expect(text(card, 'value')).toBe('20,25 millions');
      expect(text(card, 'source')).toBe('Source : World Bank 2020');
    });

    it('falls back to English for a lang that is not a valid locale', async () => {
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="332957" source="OIM 2020"></alima-stat-card>',
        {
          lang: 'not a language!',
        },
      );
      expect(text(card, 'value')).toBe('332,957');
    });
  });

  describe('hostile input', () => {
    it('renders markup in attributes as text', async () => {
      captureWarnings();
      const card = await fixture<AlimaStatCard>(
        `<alima-stat-card value="<img src=x onerror=alert(1)>" label="<script>alert(2)</script>" source="<b onerror=alert(3)>x</b>"></alima-stat-card>`,
      );
      expect(card.shadowRoot?.querySelector('img, script, b')).toBeNull();
      expect(text(card, 'value')).toBe('<img src=x onerror=alert(1)>');
      expect(text(card, 'label')).toBe('<script>alert(2)</script>');
      expect(text(card, 'source')).toBe('Source: <b onerror=alert(3)>x</b>');
    });
  });

  describe('accessibility', () => {
    for (const variant of statCardVariants) {
      for (const lang of ['en', 'fr']) {
        it(`has no axe violations: ${variant} variant, ${lang}`, async () => {
          const card = await fixture<AlimaStatCard>(
            `<alima-stat-card variant="${variant}" value="20250000" notation="compact" label="inhabitants" source="World Bank 2020"></alima-stat-card>`,
            { lang },
          );
          await expectNoAxeViolations(card.parentElement as Element);
        });
      }
    }

    it('keeps its box and figure visible in forced-colours mode', async () => {
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card variant="own" value="14442" source="ALIMA 2020"></alima-stat-card>',
      );
      await emulateMedia({ name: 'forced-colors', value: 'active' });
      const base = getComputedStyle(card.shadowRoot?.querySelector('[part="base"]') as Element);
      const value = getComputedStyle(card.shadowRoot?.querySelector('[part="value"]') as Element);
      expect(base.borderTopColor).toBe(computedColor('CanvasText'));
      expect(base.borderTopWidth).not.toBe('0px');
      expect(value.color).toBe(computedColor('CanvasText'));
    });

    it('mirrors in right-to-left text: the accent edge is on the right', async () => {
      const container = await fixture(
        '<div dir="rtl"><alima-stat-card value="14442" source="ALIMA 2020"></alima-stat-card></div>',
      );
      const base = getComputedStyle(
        container.querySelector('alima-stat-card')?.shadowRoot?.querySelector('[part="base"]') as Element,
      );
      expect(base.borderRightWidth).toBe('4px');
      expect(base.borderLeftWidth).toBe('1px');
    });

    it('styles its variant without adding attributes to its host', async () => {
      const card = await fixture<AlimaStatCard>(
        '<alima-stat-card value="14442" source="ALIMA 2020"></alima-stat-card>',
      );
      // A framework hydrating server HTML must find the attributes it wrote, and only those.
      expect(card.getAttributeNames()).toEqual(['value', 'source']);
      const colour = () =>
        getComputedStyle(card.shadowRoot?.querySelector('[part="value"]') as Element).color;
      const countryColour = colour();
      card.variant = 'own';
      await card.updateComplete;
      expect(card.hasAttribute('variant')).toBe(false);
      expect(colour()).not.toBe(countryColour);
    });

    it('lets a page restyle every variant through its custom properties', async () => {
      const container = await fixture(
        `<div style="--alima-stat-card-value-color: rgb(1, 2, 3)">
          <alima-stat-card value="1" source="x"></alima-stat-card>
          <alima-stat-card value="2" variant="own" source="x"></alima-stat-card>
        </div>`,
      );
      const colours = [...container.querySelectorAll('alima-stat-card')].map(
        (card) => getComputedStyle(card.shadowRoot?.querySelector('[part="value"]') as Element).color,
      );
      expect(colours).toEqual(['rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
    });
  });
});
