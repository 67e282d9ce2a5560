import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../photo-credit.js';
import { inLanguage } from '../internal/test/story-language.js';
import { photoCreditPlacements, type AlimaPhotoCredit } from './photo-credit.js';

type Args = Pick<AlimaPhotoCredit, 'organization' | 'placement'> & {
  photographer?: string;
  caption?: string;
};

/** A stand-in photo that needs no network: a warm gradient the size of the page's pictures. */
const PHOTO =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='800' height='533'%3E%3ClinearGradient id='g' x2='1' y2='1'%3E%3Cstop stop-color='%23d9a441'/%3E%3Cstop offset='1' stop-color='%236b3e1f'/%3E%3C/linearGradient%3E%3Crect width='800' height='533' fill='url(%23g)'/%3E%3C/svg%3E";

const meta = {
  title: 'Components/Photo credit',
  component: 'alima-photo-credit',
  // The component page is apps/storybook/src/components/*.mdx, with guidance around these stories.
  tags: ['!autodocs'],
  args: { photographer: 'Nana Kofi Acquah', organization: 'ALIMA', placement: 'below' },
  argTypes: { placement: { control: 'inline-radio', options: photoCreditPlacements } },
  render: ({ photographer, organization, caption, placement }, { globals }) => html`
    <alima-photo-credit
      style="max-width: 32rem"
      photographer=${photographer ?? nothing}
      organization=${organization}
      caption=${caption ?? nothing}
      placement=${placement}
    >
      <img
        src=${PHOTO}
        width="800"
        height="533"
        alt=${inLanguage(globals, {
          en: 'A health worker measures a child’s arm with a MUAC bracelet',
          fr: 'Une agente de santé mesure le bras d’un enfant avec un bracelet MUAC',
        })}
      />
    </alima-photo-credit>
  `,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The credit under the photo, as on the Mali page. */
export const Below: Story = {};

/** The credit on the photo's bottom edge, on an opaque background so it stays readable on any picture. */
export const Overlay: Story = { args: { placement: 'overlay' } };

/** With a caption, in English and French side by side. */
export const WithCaptionEnglishAndFrench: Story = {
  globals: { locale: 'both' },
  render: (args, context) =>
    meta.render(
      {
        ...args,
        caption: inLanguage(context.globals, {
          en: 'A consultation in Mopti, 2020',
          fr: 'Une consultation à Mopti, 2020',
        }),
      },
      context,
    ),
};
