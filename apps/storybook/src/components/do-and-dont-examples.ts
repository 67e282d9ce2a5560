import { html, type TemplateResult } from 'lit';
import type { Bilingual } from '../../../../packages/components/src/internal/test/story-language.js';
import type { Say } from '../../.storybook/toolbar-language.js';

/**
 * One rendered example on a component page: the right way (`do`) or a mistake
 * (`dont`), and why. The example is written once for both languages: `say`
 * picks each text (label, source, link) in the language asked for.
 */
export interface GuidanceExample {
  kind: 'do' | 'dont';
  caption: string;
  example: (say: Say) => TemplateResult;
}

/** Texts several examples share, in both languages. */
const WORDS = {
  inhabitants: { en: 'inhabitants', fr: 'habitants' },
  worldBank: { en: 'World Bank', fr: 'Banque mondiale' },
  unocha: { en: 'UNOCHA', fr: 'OCHA' },
  maliInhabitants: { en: 'Mali has 20 million inhabitants', fr: 'Le Mali compte 20 millions d’habitants' },
} as const satisfies Record<string, Bilingual>;

/**
 * The do and don't examples of each component page. A "don't" is rendered
 * for real, so the page shows the development warning the element gives.
 */
export const doAndDont: Record<string, readonly GuidanceExample[]> = {
  'alima-stat-card': [
    {
      kind: 'do',
      caption: 'Give every figure its source: a footnote marker that links to the page’s source list.',
      example: (say) =>
        html`<alima-stat-card
            value="20250000"
            notation="compact"
            label=${say(WORDS.inhabitants)}
            footnote="doc-card-wb"
          ></alima-stat-card>
          <alima-footnotes heading-level="4">
            <alima-footnote id="doc-card-wb" source=${say(WORDS.worldBank)} year="2020"></alima-footnote>
          </alima-footnotes>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t publish a figure without a source: the card marks itself unsourced and warns.',
      example: () =>
        html`<alima-stat-card value="20250000" notation="compact" label="inhabitants"></alima-stat-card>`,
    },
    {
      kind: 'dont',
      caption:
        'Don’t write a formatted number in value: 20,250,000 is text, so it is shown as written, not in the reader’s language.',
      example: () =>
        html`<alima-stat-card
          value="20,250,000"
          label="inhabitants"
          source="World Bank 2020"
        ></alima-stat-card>`,
    },
  ],
  'alima-stat-group': [
    {
      kind: 'do',
      caption: 'Group the figures that belong together under a heading that says what they are.',
      example: (say) =>
        html`<alima-stat-group
          heading=${say({ en: 'Mali in figures', fr: 'Le Mali en chiffres' })}
          heading-level="4"
        >
          <alima-stat-card
            value="20250000"
            notation="compact"
            label=${say(WORDS.inhabitants)}
            source=${say({ en: 'World Bank 2020', fr: 'Banque mondiale 2020' })}
          ></alima-stat-card>
          <alima-stat-card
            value="3500000"
            notation="compact"
            label=${say({ en: 'people face food insecurity', fr: 'personnes en situation d’insécurité alimentaire' })}
            source=${say({ en: 'UNOCHA 2020', fr: 'OCHA 2020' })}
          ></alima-stat-card>
        </alima-stat-group>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t put unsourced figures in a group: each card warns, and the page cannot be checked.',
      example: () =>
        html`<alima-stat-group heading="Mali in figures" heading-level="4">
          <alima-stat-card value="20250000" notation="compact" label="inhabitants"></alima-stat-card>
        </alima-stat-group>`,
    },
  ],
  'alima-footnotes': [
    {
      kind: 'do',
      caption: 'Write the notes in the order the text first cites them, so the numbers run 1, 2, 3.',
      example: (say) =>
        html`<p>
            ${say(WORDS.maliInhabitants)}<alima-footnote-ref footnote="doc-list-wb"></alima-footnote-ref
            >${say({
              en: ', of whom 3.5 million face food insecurity',
              fr: ', dont 3,5 millions en situation d’insécurité alimentaire',
            })}<alima-footnote-ref footnote="doc-list-ocha"></alima-footnote-ref>.
          </p>
          <alima-footnotes heading-level="4">
            <alima-footnote id="doc-list-wb" source=${say(WORDS.worldBank)} year="2020"></alima-footnote>
            <alima-footnote id="doc-list-ocha" source=${say(WORDS.unocha)} year="2020"></alima-footnote>
          </alima-footnotes>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t keep a note nobody cites: it gets no number, and the page warns.',
      example: () =>
        html`<p>
            Mali has 20 million inhabitants<alima-footnote-ref footnote="doc-unused-wb"></alima-footnote-ref>.
          </p>
          <alima-footnotes heading-level="4">
            <alima-footnote id="doc-unused-wb" source="World Bank" year="2020"></alima-footnote>
            <alima-footnote id="doc-unused-unicef" source="UNICEF" year="2019"></alima-footnote>
          </alima-footnotes>`,
    },
  ],
  'alima-footnote': [
    {
      kind: 'do',
      caption: 'Name the publisher and year, and link the report when it is online.',
      example: (say) =>
        html`<p>
            ${say(WORDS.maliInhabitants)}<alima-footnote-ref footnote="doc-note-wb"></alima-footnote-ref>.
          </p>
          <alima-footnotes heading-level="4">
            <alima-footnote
              id="doc-note-wb"
              source=${say(WORDS.worldBank)}
              year="2020"
              href=${say({ en: 'https://data.worldbank.org/country/mali', fr: 'https://donnees.banquemondiale.org/pays/mali' })}
              >${say({ en: 'Population, total', fr: 'Population, totale' })}</alima-footnote
            >
          </alima-footnotes>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t link a source through anything but https: the link is refused, with a warning.',
      example: () =>
        html`<p>
            Mali has 20 million inhabitants<alima-footnote-ref footnote="doc-note-bad"></alima-footnote-ref>.
          </p>
          <alima-footnotes heading-level="4">
            <alima-footnote
              id="doc-note-bad"
              source="World Bank"
              year="2020"
              href="javascript:alert(1)"
            ></alima-footnote>
          </alima-footnotes>`,
    },
  ],
  'alima-footnote-ref': [
    {
      kind: 'do',
      caption: 'Cite a note that is on the page, right after the fact it sources.',
      example: (say) =>
        html`<p>
            ${say({
              en: '3.5 million people face food insecurity',
              fr: '3,5 millions de personnes sont en situation d’insécurité alimentaire',
            })}<alima-footnote-ref footnote="doc-ref-ocha"></alima-footnote-ref>.
          </p>
          <alima-footnotes heading-level="4">
            <alima-footnote id="doc-ref-ocha" source=${say(WORDS.unocha)} year="2020"></alima-footnote>
          </alima-footnotes>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t cite a note that is not on the page: the marker shows ? and warns.',
      example: () =>
        html`<p>
          3.5 million people face food insecurity<alima-footnote-ref
            footnote="doc-ref-missing"
          ></alima-footnote-ref
          >.
        </p>`,
    },
  ],
  'alima-photo-credit': [
    {
      kind: 'do',
      caption: 'Credit the photographer, and say in the alt text what the photo shows.',
      example: (say) =>
        html`<alima-photo-credit
          photographer="Nana Kofi Acquah"
          caption=${say({ en: 'A consultation in Mopti, 2020.', fr: 'Une consultation à Mopti, 2020.' })}
          style="max-width: 24rem"
        >
          <img
            src="photos/mali-consultation.svg"
            width="800"
            height="533"
            alt=${say({
              en: 'A nurse talks with a mother holding her child',
              fr: 'Une infirmière parle avec une mère qui tient son enfant',
            })}
          />
        </alima-photo-credit>`,
    },
    {
      kind: 'dont',
      caption:
        'Don’t publish a photo without its photographer: the credit is missing, and the element warns.',
      example: () =>
        html`<alima-photo-credit style="max-width: 24rem">
          <img src="photos/mali-health-tent.svg" width="800" height="533" alt="A health tent in a village" />
        </alima-photo-credit>`,
    },
  ],
  'alima-donate-button': [
    {
      kind: 'do',
      caption: 'Link to the donation page in the reader’s language.',
      // The link written in the page, with its label: it works before (and without) JavaScript.
      example: (say) =>
        html`<alima-donate-button
          ><a href=${say({ en: '/en/donate/', fr: '/fr/faire-un-don/' })}
            >${say({ en: 'Donate', fr: 'Faire un don' })}</a
          ></alima-donate-button
        >`,
    },
    {
      kind: 'dont',
      caption:
        'Don’t give a link that is not https or relative: it is refused, the button is disabled, and the element warns.',
      example: () => html`<alima-donate-button href="javascript:alert(1)"></alima-donate-button>`,
    },
  ],
};
