import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../stat-card.js';
import '../footnotes.js';
// footnotes.js loads these just after the list: imported here, they render with the story.
import '../footnote.js';
import '../footnote-ref.js';
import { inLanguage } from '../internal/test/story-language.js';
import { statCardNotations, statCardVariants, type AlimaStatCard } from './stat-card.js';

type Args = Pick<AlimaStatCard, 'notation' | 'label' | 'variant'> & {
  value: number | string;
  source?: string;
  footnote?: string;
};

const meta = {
  title: 'Components/Stat card',
  component: 'alima-stat-card',
  // The component page is apps/storybook/src/components/*.mdx, with guidance around these stories.
  tags: ['!autodocs'],
  args: {
    value: 20250000,
    notation: 'compact',
    label: 'inhabitants',
    source: 'World Bank 2020',
    variant: 'country',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: statCardVariants },
    notation: { control: 'inline-radio', options: statCardNotations },
  },
  render: ({ value, notation, label, source, footnote, variant }) =>
    html`<alima-stat-card
      value=${value}
      notation=${notation}
      label=${label}
      source=${source ?? nothing}
      footnote=${footnote ?? nothing}
      variant=${variant}
    ></alima-stat-card>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** A country figure from an outside source, written compactly: `20.25 million` / `20,25 millions`. */
export const Country: Story = {};

/** ALIMA's own figures stand out in the accent colour. */
export const Own: Story = {
  args: {
    value: 14442,
    notation: 'standard',
    label: 'children treated for acute malnutrition',
    source: 'ALIMA 2020',
    variant: 'own',
  },
};

/** The same card in English and French: numbers follow each language's conventions, and French labels run longer. */
export const EnglishAndFrench: Story = {
  globals: { locale: 'both' },
  args: { value: 332957, notation: 'standard' },
  render: (args, { globals }) =>
    meta.render({
      ...args,
      label: inLanguage(globals, { en: 'displaced persons', fr: 'personnes déplacées' }),
      source: inLanguage(globals, { en: 'IOM 2020', fr: 'OIM 2020' }),
    }),
};

/** A footnote renders the numbered marker that links to the source list. */
export const WithFootnote: Story = {
  args: { footnote: 'wb2020', source: undefined },
  render: (args) => html`
    ${meta.render(args)}
    <alima-footnotes>
      <alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote>
    </alima-footnotes>
  `,
};

/** Figures that are not plain numbers go in the default slot, as text. */
export const FreeText: Story = {
  render: () =>
    html`<alima-stat-card source="UNICEF 2020"
      >1 in 5<span slot="label">children under five</span></alima-stat-card
    >`,
};

/** Without `footnote` or `source` the card reflects `unsourced` and warns in the console. */
export const Unsourced: Story = {
  args: { source: undefined },
};
