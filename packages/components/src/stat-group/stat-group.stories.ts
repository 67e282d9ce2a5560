import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../stat-group.js';
import '../stat-card.js';
import { inLanguage } from '../internal/test/story-language.js';
import { statGroupHeadingLevels, type AlimaStatGroup } from './stat-group.js';

type Args = Pick<AlimaStatGroup, 'headingLevel'> & { heading?: string };

const countryFigures = (globals: Record<string, unknown>) => html`
  <alima-stat-card
    value="20250000"
    notation="compact"
    label=${inLanguage(globals, { en: 'inhabitants', fr: 'habitants' })}
    source=${inLanguage(globals, { en: 'World Bank 2020', fr: 'Banque mondiale 2020' })}
  ></alima-stat-card>
  <alima-stat-card
    value="3500000"
    notation="compact"
    label=${inLanguage(globals, {
      en: 'people face food insecurity',
      fr: 'personnes en situation d’insécurité alimentaire',
    })}
    source=${inLanguage(globals, { en: 'UNOCHA 2020', fr: 'OCHA 2020' })}
  ></alima-stat-card>
  <alima-stat-card
    value="185000"
    label=${inLanguage(globals, {
      en: 'children with severe acute malnutrition',
      fr: 'enfants souffrant de malnutrition aiguë sévère',
    })}
    source="UNICEF 2020"
  ></alima-stat-card>
`;

const ownFigures = html`
  <alima-stat-card
    variant="own"
    value="14442"
    label="children treated for acute malnutrition"
    source="ALIMA 2020"
  ></alima-stat-card>
  <alima-stat-card
    variant="own"
    value="133452"
    label="mothers trained to use the MUAC bracelet (measurement of the mid upper arm circumference of babies or children)"
    source="ALIMA 2020"
  ></alima-stat-card>
`;

const group = ({ heading, headingLevel }: Args, cards: TemplateResult) =>
  html`<alima-stat-group heading=${heading ?? nothing} heading-level=${headingLevel}
    >${cards}</alima-stat-group
  >`;

const meta = {
  title: 'Components/Stat group',
  component: 'alima-stat-group',
  // The component page is apps/storybook/src/components/*.mdx, with guidance around these stories.
  tags: ['!autodocs'],
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: 'select', options: statGroupHeadingLevels } },
  render: (args, { globals }) => group(args, countryFigures(globals)),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The Mali page's key figures under the localized heading "Key figures" / "Chiffres-clés". */
export const KeyFigures: Story = {};

/** English and French side by side: the French heading and numbers, and the grid reflowing longer labels. */
export const EnglishAndFrench: Story = { globals: { locale: 'both' } };

/** Our own figures, under a heading of the author's choosing. */
export const OwnFigures: Story = {
  args: { heading: 'Our impact in 2020', headingLevel: 3 },
  render: (args) => group(args, ownFigures),
};
