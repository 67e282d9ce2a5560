import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../footnotes.js';
// footnotes.js loads these just after the list: imported here, they render with the story.
import '../footnote.js';
import '../footnote-ref.js';
import { inLanguage } from '../internal/test/story-language.js';
import { footnotesHeadingLevels, type AlimaFootnotes } from './footnotes.js';

type Args = Pick<AlimaFootnotes, 'headingLevel'>;

/**
 * The side-by-side view renders a story twice on one page, and ids must be
 * unique there, so every rendering gets its own prefix.
 */
let renderings = 0;

const meta = {
  title: 'Components/Footnotes',
  component: 'alima-footnotes',
  subcomponents: { AlimaFootnoteRef: 'alima-footnote-ref', AlimaFootnote: 'alima-footnote' },
  // The component page is apps/storybook/src/components/*.mdx, with guidance around these stories.
  tags: ['!autodocs'],
  // Side by side shows two source lists on one page (both named "Sources"); a real page has one, so axe's landmark-unique would only flag this view.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: 'select', options: footnotesHeadingLevels } },
  render: ({ headingLevel }, { globals }) => {
    const id = `story${++renderings}`;
    const text = (en: string, fr: string) => inLanguage(globals, { en, fr });
    // The list follows the order of first citation (IOM, Cadre Harmonisé, World Bank), as footnote-sequence asks.
    return html`
      <p>
        ${text('In 2020 there were 332,957 displaced persons in Mali', 'En 2020, le Mali comptait 332 957 personnes déplacées')}<alima-footnote-ref
          footnote="${id}-iom"
        ></alima-footnote-ref
        >.
        ${text('Nearly 979,000 people suffer from acute malnutrition', 'Près de 979 000 personnes souffrent de malnutrition aiguë')}<alima-footnote-ref
          footnote="${id}-ch"
        ></alima-footnote-ref
        >,
        ${text('in a country of 20.25 million inhabitants', 'dans un pays de 20,25 millions d’habitants')}<alima-footnote-ref
          footnote="${id}-wb"
        ></alima-footnote-ref
        >; ${text('displacement keeps rising', 'les déplacements continuent d’augmenter')}<alima-footnote-ref
          footnote="${id}-iom"
        ></alima-footnote-ref
        >.
      </p>
      <alima-footnotes heading-level=${headingLevel}>
        <alima-footnote
          id="${id}-iom"
          source=${text('International Organization for Migration (IOM)', 'Organisation internationale pour les migrations (OIM)')}
          year="2020"
        ></alima-footnote>
        <alima-footnote id="${id}-ch" source=${text('Harmonized Framework', 'Cadre harmonisé')} year="2020"
          >${text('(Cadre Harmonisé)', '(analyse de la sécurité alimentaire)')}</alima-footnote
        >
        <alima-footnote
          id="${id}-wb"
          source=${text('World Bank', 'Banque mondiale')}
          year="2020"
          href="https://data.worldbank.org/country/mali"
        ></alima-footnote>
      </alima-footnotes>
    `;
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/**
 * Numbers follow the first reference in the text, and the list is written in
 * that order, 1 to 3; the repeated IOM reference shares number 1 and gets two
 * back links. Each language column numbers its own notes from 1.
 */
export const SourceList: Story = { globals: { locale: 'both' } };

/**
 * A marker links to its note and the note links back, with plain focusable
 * links. (Following them is tested in footnote.test.ts: the story runner's
 * frame must not navigate.)
 */
export const FollowingTheLinks: Story = {
  play: async ({ canvasElement }) => {
    const ref = canvasElement.querySelector('alima-footnote-ref');
    const marker = () => ref?.shadowRoot?.querySelector<HTMLAnchorElement>('[role="doc-noteref"]');
    await waitFor(() => expect(marker()?.textContent).toMatch(/^1/));
    marker()?.focus();
    await expect(ref?.shadowRoot?.activeElement).toBe(marker());
    const note = canvasElement.querySelector(marker()?.getAttribute('href') ?? '#');
    await expect(note?.localName).toBe('alima-footnote');
    const backlinks = [...(note?.shadowRoot?.querySelectorAll<HTMLElement>('[role="doc-backlink"]') ?? [])];
    // A reference takes the id its back link names as the link is followed: click without navigating.
    for (const back of backlinks) {
      back.addEventListener('click', (event) => event.preventDefault(), { once: true });
      back.click();
    }
    const anchors = backlinks.map((back) => canvasElement.querySelector(back.getAttribute('href') ?? '#'));
    await expect(anchors.map((anchor) => anchor?.localName)).toEqual([
      'alima-footnote-ref',
      'alima-footnote-ref',
    ]);
    await expect(anchors[0]).toBe(ref);
  },
};

/** The heading level fits the page outline: here the list sits under an `<h3>`. */
export const HeadingLevel: Story = { args: { headingLevel: 4 } };
