import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../footnotes.js';
// footnotes.js loads these just after the list: imported here, they render with the story.
import '../footnote.js';
import '../footnote-ref.js';
import { inLanguage } from '../internal/test/story-language.js';
import type { AlimaFootnote } from './footnote.js';

type Args = Pick<AlimaFootnote, 'source' | 'year'> & { href?: string; details?: string };

/** Unique ids per rendering, so English and French side by side do not share notes. */
let renderings = 0;

const meta = {
  title: 'Components/Footnotes/Note',
  component: 'alima-footnote',
  // The component page is apps/storybook/src/components/*.mdx, with guidance around these stories.
  tags: ['!autodocs'],
  // Side by side shows two source lists on one page (both named "Sources"); a real page has one, so axe's landmark-unique would only flag this view.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  args: { source: 'United Nations Children’s Fund (UNICEF)', year: '2020' },
  render: ({ source, year, href, details }, { globals }) => {
    const id = `note-story${++renderings}`;
    return html`
      <p>
        ${inLanguage(globals, {
          en: '185,000 children with severe acute malnutrition',
          fr: '185 000 enfants souffrant de malnutrition aiguë sévère',
        })}<alima-footnote-ref footnote=${id}></alima-footnote-ref>
      </p>
      <alima-footnotes>
        <alima-footnote id=${id} source=${source} year=${year} href=${href ?? nothing}
          >${details ?? nothing}</alima-footnote
        >
      </alima-footnotes>
    `;
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** A source and year, with its number and a back link to the reference. */
export const SourceAndYear: Story = {
  globals: { locale: 'both' },
  render: (args, context) =>
    meta.render(
      {
        ...args,
        source: inLanguage(context.globals, {
          en: 'United Nations Children’s Fund (UNICEF)',
          fr: 'Fonds des Nations unies pour l’enfance (UNICEF)',
        }),
      },
      context,
    ),
};

/** With a link to the source and details in the default slot. */
export const LinkedWithDetails: Story = {
  args: { href: 'https://www.unicef.org/mali', details: 'Humanitarian Action for Children, Mali' },
};

/** An `href` that is not `https:` or relative is not linked: the source shows as plain text. */
export const RefusedLink: Story = { args: { href: 'javascript:alert(1)' } };
