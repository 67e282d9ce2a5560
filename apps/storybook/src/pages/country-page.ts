import { html } from 'lit';
import { maliKeyFigures, maliSources } from './mali-key-figures.js';
import './country-page.css';

/** Where the page's photos are served from: apps/storybook/public, so Storybook needs no network. */
const photo = (name: string) => `photos/${name}.svg`;

/**
 * The seed country page (Mali), built only from the components: key figures
 * with sources, body text with footnote markers, credited photos, the source
 * list and the donate button.
 */
export function maliCountryPage() {
  return html`<article class="country-page">
    <header class="country-page__header">
      <h1>Mali</h1>
      <p>Start of programme: 2011</p>
      <alima-donate-button
        href="https://www.alima.ngo/en/donate/"
        campaign="country-mali"
        campaign-source="country-page"
        campaign-medium="website"
      ></alima-donate-button>
    </header>

    ${maliKeyFigures('en')}

    <h2>Country context</h2>
    <p>
      Since the beginning of the Malian crisis in January 2012, the security situation in Mali has remained
      very unstable. The emergence of armed groups amid intercommunity tensions has led to significant
      population movements. In 2020 there were 332,957 displaced persons in the country, compared to 207,751
      in 2019.<alima-footnote-ref footnote="iom2020"></alima-footnote-ref> Livelihoods are precarious: nearly
      979,000 people, mostly children, suffer from acute malnutrition.<alima-footnote-ref
        footnote="ch2020"
      ></alima-footnote-ref>
    </p>
    <p>
      Since 2011, ALIMA has been present in Mali with its partner, the Malian NGO AMCP-SP (Medical Alliance
      Against Malaria – Population Health). Together, they provide medical assistance to the country’s most
      vulnerable populations.
    </p>
    <alima-photo-credit
      photographer="Nana Kofi Acquah"
      caption="A mobile clinic set up in the Niono district."
    >
      <img
        src=${photo('mali-health-tent')}
        alt="Drawing: a white health tent in dry country, two people waiting outside."
        width="960"
        height="640"
      />
    </alima-photo-credit>

    <h2>ALIMA’s impact – our fieldwork</h2>
    <h3>Rapid emergency response for injured or displaced persons</h3>
    <p>
      In the north of the country, ALIMA and AMCP-SP performed 97 emergency surgeries at the hospital in
      Goundam. In the district of Niono, we intervened at 29 sites for internally displaced persons with three
      mobile clinics, providing 17,173 people with access to medical and nutritional care.
    </p>
    <h3>Focus on 2020</h3>
    <p>
      In 2020, ALIMA and AMCP-SP conducted over 13,000 general and paediatric medical consultations and
      assisted in more than 3,000 deliveries. ALIMA also trained some 130,000 mothers to detect the early
      signs of malnutrition in their children using the MUAC bracelet.
    </p>
    <alima-photo-credit photographer="Nana Kofi Acquah" placement="overlay">
      <img
        src=${photo('mali-consultation')}
        alt="Drawing: a nurse measures a child’s upper arm with a MUAC band while the mother watches."
        width="960"
        height="640"
      />
    </alima-photo-credit>

    ${maliSources('en', ['wb2020', 'ocha2020', 'unicef2020', 'iom2020', 'ch2020'])}

    <aside class="country-page__donate">
      <p>Every donation funds medical care where it is needed most.</p>
      <alima-donate-button
        href="https://www.alima.ngo/en/donate/"
        amount="30"
        currency="EUR"
        campaign="country-mali"
        campaign-source="country-page"
        campaign-medium="website"
      ></alima-donate-button>
    </aside>
  </article>`;
}
