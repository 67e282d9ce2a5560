import { html, type TemplateResult } from 'lit';

/** One rendered example on a component page: the right way (`do`) or a mistake (`dont`), and why. */
export interface GuidanceExample {
  kind: 'do' | 'dont';
  caption: string;
  example: TemplateResult;
}

/**
 * The do and don't examples of each component page. A "don't" is rendered
 * for real, so the page shows the development warning the element gives.
 */
export const doAndDont: Record<string, readonly GuidanceExample[]> = {
  'alima-stat-card': [
    {
      kind: 'do',
      caption: 'Give every figure its source: a footnote marker that links to the page’s source list.',
      example: html`<alima-stat-card
          value="20250000"
          notation="compact"
          label="inhabitants"
          footnote="doc-card-wb"
        ></alima-stat-card>
        <alima-footnotes heading-level="4">
          <alima-footnote id="doc-card-wb" source="World Bank" year="2020"></alima-footnote>
        </alima-footnotes>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t publish a figure without a source: the card marks itself unsourced and warns.',
      example: html`<alima-stat-card
        value="20250000"
        notation="compact"
        label="inhabitants"
      ></alima-stat-card>`,
    },
    {
      kind: 'dont',
      caption:
        'Don’t write a formatted number in value: 20,250,000 is text, so it is shown as written, not in the reader’s language.',
      example: html`<alima-stat-card
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
      example: html`<alima-stat-group heading="Mali in figures" heading-level="4">
        <alima-stat-card
          value="20250000"
          notation="compact"
          label="inhabitants"
          source="World Bank 2020"
        ></alima-stat-card>
        <alima-stat-card
          value="3500000"
          notation="compact"
          label="people face food insecurity"
          source="UNOCHA 2020"
        ></alima-stat-card>
      </alima-stat-group>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t put unsourced figures in a group: each card warns, and the page cannot be checked.',
      example: html`<alima-stat-group heading="Mali in figures" heading-level="4">
        <alima-stat-card value="20250000" notation="compact" label="inhabitants"></alima-stat-card>
      </alima-stat-group>`,
    },
  ],
  'alima-footnotes': [
    {
      kind: 'do',
      caption: 'Write the notes in the order the text first cites them, so the numbers run 1, 2, 3.',
      example: html`<p>
          Mali has 20 million inhabitants<alima-footnote-ref footnote="doc-list-wb"></alima-footnote-ref>, of
          whom 3.5 million face food insecurity<alima-footnote-ref
            footnote="doc-list-ocha"
          ></alima-footnote-ref
          >.
        </p>
        <alima-footnotes heading-level="4">
          <alima-footnote id="doc-list-wb" source="World Bank" year="2020"></alima-footnote>
          <alima-footnote id="doc-list-ocha" source="UNOCHA" year="2020"></alima-footnote>
        </alima-footnotes>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t keep a note nobody cites: it gets no number, and the page warns.',
      example: html`<p>
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
      example: html`<p>
          Mali has 20 million inhabitants<alima-footnote-ref footnote="doc-note-wb"></alima-footnote-ref>.
        </p>
        <alima-footnotes heading-level="4">
          <alima-footnote
            id="doc-note-wb"
            source="World Bank"
            year="2020"
            href="https://data.worldbank.org/country/mali"
            >Population, total</alima-footnote
          >
        </alima-footnotes>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t link a source through anything but https: the link is refused, with a warning.',
      example: html`<p>
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
      example: html`<p>
          3.5 million people face food insecurity<alima-footnote-ref
            footnote="doc-ref-ocha"
          ></alima-footnote-ref
          >.
        </p>
        <alima-footnotes heading-level="4">
          <alima-footnote id="doc-ref-ocha" source="UNOCHA" year="2020"></alima-footnote>
        </alima-footnotes>`,
    },
    {
      kind: 'dont',
      caption: 'Don’t cite a note that is not on the page: the marker shows ? and warns.',
      example: html`<p>
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
      example: html`<alima-photo-credit
        photographer="Nana Kofi Acquah"
        caption="A consultation in Mopti, 2020."
        style="max-width: 24rem"
      >
        <img
          src="photos/mali-consultation.svg"
          width="800"
          height="533"
          alt="A nurse talks with a mother holding her child"
        />
      </alima-photo-credit>`,
    },
    {
      kind: 'dont',
      caption:
        'Don’t publish a photo without its photographer: the credit is missing, and the element warns.',
      example: html`<alima-photo-credit style="max-width: 24rem">
        <img src="photos/mali-health-tent.svg" width="800" height="533" alt="A health tent in a village" />
      </alima-photo-credit>`,
    },
  ],
  'alima-donate-button': [
    {
      kind: 'do',
      caption: 'Link to the donation page in the reader’s language.',
      example: html`<alima-donate-button href="/en/donate/"></alima-donate-button>`,
    },
    {
      kind: 'dont',
      caption:
        'Don’t give a link that is not https or relative: it is refused, the button is disabled, and the element warns.',
      example: html`<alima-donate-button href="javascript:alert(1)"></alima-donate-button>`,
    },
  ],
};
