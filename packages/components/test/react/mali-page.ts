import { createElement as h, type ReactNode } from 'react';
import type {} from '../../src/jsx.js';

/** The donate link's URL with its campaign, as the element computes it from the props below. */
export const donateUrl = '/en/donate/?utm_campaign=mali&utm_source=country-page&utm_medium=website';

const image =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1200 800'%3E%3Crect width='1200' height='800' fill='%23d9cbb5'/%3E%3C/svg%3E";

/**
 * The Mali page as a React 19 app writes it, every typed prop used: markers
 * and the donate link are written as children (progressive enhancement), so
 * the elements add nothing to the light DOM React hydrates.
 */
export function MaliPage({ withLinks = true }: { withLinks?: boolean } = {}): ReactNode {
  return h(
    'main',
    null,
    h(
      'alima-stat-group',
      { heading: 'Mali in figures', headingLevel: 3 },
      h(
        'alima-stat-card',
        { value: 20250000, notation: 'compact', footnote: 'wb2020' },
        '20.25 million ',
        h('span', { slot: 'label' }, 'inhabitants'),
        h('alima-footnote-ref', { slot: 'footnote', footnote: 'wb2020' }, h('a', { href: '#wb2020' }, '1')),
      ),
      h(
        'alima-stat-card',
        { value: 2011, format: 'plain', label: 'ALIMA in Mali since', source: 'ALIMA', variant: 'own' },
        '2011',
      ),
      h(
        'alima-stat-card',
        { value: 42, format: 'percent', label: 'of children vaccinated', source: 'UNICEF 2020' },
        '42%',
      ),
      h(
        'alima-stat-card',
        { value: 30, format: 'currency', currency: 'EUR', label: 'a treatment', source: 'ALIMA' },
        '€30',
      ),
      h(
        'alima-stat-card',
        { value: 1240, format: 'unit', unit: 'kilometer', label: 'travelled', source: 'ALIMA' },
        '1240 kilometers',
      ),
    ),
    h(
      'alima-photo-credit',
      {
        photographer: 'Nana Kofi Acquah',
        organization: 'ALIMA / AMCP-SP',
        caption: 'Mopti, 2020',
        placement: 'overlay',
      },
      h('img', { src: image, width: 1200, height: 800, alt: 'A health worker with mothers and children' }),
    ),
    h(
      'alima-donate-button',
      {
        href: '/en/donate/',
        amount: 30,
        currency: 'EUR',
        campaign: 'mali',
        campaignSource: 'country-page',
        campaignMedium: 'website',
        target: '_blank',
        variant: 'inverted',
      },
      withLinks ? h('a', { href: donateUrl, target: '_blank' }, 'Donate €30') : null,
    ),
    h(
      'alima-footnotes',
      { headingLevel: 3 },
      h('alima-footnote', {
        id: 'wb2020',
        source: 'World Bank',
        year: '2020',
        href: 'https://data.worldbank.org/',
      }),
    ),
  );
}
