import { html, type TemplateResult } from 'lit';
import '../../donate-button.js';
import '../../footnotes.js';
import '../../photo-credit.js';
import '../../stat-card.js';
import '../../stat-group.js';
import { renderToString } from './ssr.js';

/** A page fragment for every element and variant, rendered on the server and hydrated in the browser. */
export const ssrFixtures = {
  'donate-button': html`<alima-donate-button href="/don" amount="30" campaign="mali"
      ><a href="/don?utm_campaign=mali">Donate €30</a></alima-donate-button
    >
    <alima-donate-button variant="inverted" href="https://www.alima.ngo/don" lang="fr"
      ><a href="https://www.alima.ngo/don">Donate</a></alima-donate-button
    >`,
  footnotes: html`<alima-stat-card
      value="20250000"
      notation="compact"
      label="inhabitants"
      footnote="wb2020"
    ></alima-stat-card>
    <p>
      Inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref>, displaced
      people<alima-footnote-ref footnote="ocha2020"></alima-footnote-ref>
    </p>
    <alima-footnotes heading-level="3">
      <alima-footnote
        id="wb2020"
        source="World Bank"
        year="2020"
        href="https://data.worldbank.org/"
      ></alima-footnote>
      <alima-footnote id="ocha2020" source="UNOCHA" year="2020"></alima-footnote>
    </alima-footnotes>`,
  'stat-group': html`<alima-stat-group lang="fr">
    <alima-stat-card
      value="20250000"
      notation="compact"
      label="habitants"
      source="Banque mondiale 2020"
    ></alima-stat-card>
    <alima-stat-card
      variant="own"
      value="14442"
      label="enfants soignés"
      source="ALIMA 2020"
    ></alima-stat-card>
  </alima-stat-group>`,
  'photo-credit': html`<alima-photo-credit photographer="Nana Kofi Acquah" placement="overlay"
      ><img
        src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
        alt="A health centre in Mali"
        width="80"
        height="60"
    /></alima-photo-credit>
    <alima-photo-credit photographer="Nana Kofi Acquah" caption="Mali"
      ><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Mothers trained to use the MUAC bracelet"
    /></alima-photo-credit>`,
} satisfies Record<string, TemplateResult>;

export type SsrFixtureName = keyof typeof ssrFixtures;

/** The server's HTML for every fixture. */
export async function renderSsrFixtures(): Promise<Record<SsrFixtureName, string>> {
  const entries = await Promise.all(
    Object.entries(ssrFixtures).map(
      async ([name, template]) => [name, await renderToString(template)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<SsrFixtureName, string>;
}
