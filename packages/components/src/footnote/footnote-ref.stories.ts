import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../footnotes.js';
// footnotes.js loads these just after the list: imported here, they render with the story.
import '../footnote.js';
import '../footnote-ref.js';

type Args = { footnote: string };

/** Unique ids per rendering, so English and French side by side do not share notes. */
let renderings = 0;

const meta = {
  title: 'Components/Footnotes/Reference',
  component: 'alima-footnote-ref',
  // The component page is apps/storybook/src/components/*.mdx, with guidance around these stories.
  tags: ['!autodocs'],
  // Side by side shows two source lists on one page (both named "Sources"); a real page has one, so axe's landmark-unique would only flag this view.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  args: { footnote: 'wb2020' },
  render: ({ footnote }) => {
    const id = `ref-story${++renderings}`;
    return html`
      <p>20.25 million inhabitants<alima-footnote-ref footnote="${id}-${footnote}"></alima-footnote-ref></p>
      <alima-footnotes>
        <alima-footnote id="${id}-wb2020" source="World Bank" year="2020"></alima-footnote>
      </alima-footnotes>
    `;
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The marker: a superscript number linking to its note, read as "Source 1". */
export const Numbered: Story = {
  globals: { locale: 'both' },
  play: async ({ canvasElement }) => {
    const link = () => canvasElement.querySelector('alima-footnote-ref')?.shadowRoot?.querySelector('a');
    await waitFor(() => expect(link()?.textContent?.replace(/\s+/g, ' ').trim()).toMatch(/^1\s?Source 1$/));
  },
};

/** A reference to a note that is not on the page: `?`, read as "missing source", and a console warning. */
export const MissingNote: Story = {
  globals: { locale: 'both' },
  args: { footnote: 'nowhere' },
  play: async ({ canvasElement }) => {
    const missing = () =>
      canvasElement.querySelector('alima-footnote-ref')?.shadowRoot?.querySelector('[part="missing"]');
    await waitFor(() => expect(missing()?.textContent).toContain('?'));
  },
};
