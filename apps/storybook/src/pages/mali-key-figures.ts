import { html } from 'lit';

/** The seed page's key figures, in the words of each language; numbers stay numbers so the cards format them. */
const COPY = {
  en: {
    country: 'Key figures',
    own: 'ALIMA key figures',
    inhabitants: 'inhabitants',
    foodInsecurity: 'people face food insecurity',
    sam: 'children with severe acute malnutrition',
    treated: 'children treated for acute malnutrition',
    mothers: 'mothers trained to use the MUAC bracelet to measure their children’s arms',
  },
  fr: {
    country: 'Chiffres-clés',
    own: 'Chiffres-clés d’ALIMA',
    inhabitants: 'habitants',
    foodInsecurity: 'personnes en situation d’insécurité alimentaire',
    sam: 'enfants souffrant de malnutrition aiguë sévère',
    treated: 'enfants pris en charge pour malnutrition aiguë',
    mothers: 'mères formées à mesurer le bras de leurs enfants avec le bracelet MUAC',
  },
} as const;

/**
 * Mali's key figures: the country's, each citing its footnote, and ALIMA's
 * own programme data, which the charter lets the organisation state as its own.
 */
export function maliKeyFigures(lang: keyof typeof COPY) {
  const copy = COPY[lang];
  return html`<alima-stat-group heading=${copy.country}>
      <alima-stat-card
        value="20250000"
        notation="compact"
        label=${copy.inhabitants}
        footnote="wb2020"
      ></alima-stat-card>
      <alima-stat-card
        value="3500000"
        notation="compact"
        label=${copy.foodInsecurity}
        footnote="ocha2020"
      ></alima-stat-card>
      <alima-stat-card value="185000" label=${copy.sam} footnote="unicef2020"></alima-stat-card>
    </alima-stat-group>
    <alima-stat-group heading=${copy.own}>
      <alima-stat-card
        variant="own"
        value="14442"
        label=${copy.treated}
        source="ALIMA 2020"
      ></alima-stat-card>
      <alima-stat-card
        variant="own"
        value="133452"
        label=${copy.mothers}
        source="ALIMA 2020"
      ></alima-stat-card>
    </alima-stat-group>`;
}

const SOURCES = {
  wb2020: { en: 'World Bank', fr: 'Banque mondiale' },
  ocha2020: {
    en: 'UNOCHA (United Nations Office for the Coordination of Humanitarian Affairs)',
    fr: 'OCHA (Bureau de la coordination des affaires humanitaires des Nations unies)',
  },
  unicef2020: {
    en: 'United Nations Children’s Fund (UNICEF)',
    fr: 'Fonds des Nations unies pour l’enfance (UNICEF)',
  },
  iom2020: {
    en: 'International Organization for Migration (IOM)',
    fr: 'Organisation internationale pour les migrations (OIM)',
  },
  ch2020: { en: 'Harmonized Framework', fr: 'Cadre harmonisé' },
} as const;

/** The key figures' sources. */
export const KEY_FIGURE_SOURCES = ['wb2020', 'ocha2020', 'unicef2020'] as const;

/** A source list, as the seed page ends; only the notes the page cites, or they would warn as unused. */
export function maliSources(lang: keyof typeof COPY, ids: readonly (keyof typeof SOURCES)[]) {
  return html`<alima-footnotes>
    ${ids.map((id) => html`<alima-footnote id=${id} source=${SOURCES[id][lang]} year="2020"></alima-footnote>`)}
  </alima-footnotes>`;
}
