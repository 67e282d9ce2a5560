import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '@alima/components/all.js';
import type { DonateEventDetail } from '@alima/components';
import { maliCountryPage, maliKeyFigures } from './country-page.js';

/** Text a user sees in a component, which lives in its shadow root. */
const shown = (element: Element | null | undefined): string =>
  (element?.shadowRoot?.textContent ?? '').replace(/\s+/gu, ' ').trim();

const shadowLink = (element: Element | null | undefined, selector: string): HTMLAnchorElement => {
  const link = element?.shadowRoot?.querySelector<HTMLAnchorElement>(selector);
  if (!link) throw new Error(`No ${selector} in ${element?.localName ?? 'nothing'}`);
  return link;
};

const meta: Meta = {
  title: 'Pages/Mali country page',
  // A full page: no addon panel (see manager.ts), which would only say the page has no controls.
  tags: ['!autodocs', 'full-page'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** The seed page, in English: the Mali draft rendered by `@alima/render`, every element from the components. */
export const English: Story = {
  render: () => maliCountryPage(),
  play: async ({ canvasElement, step }) => {
    await step('a footnote marker leads to its numbered source, and the source leads back', async () => {
      // Links are checked, not followed: the test runner's page must not navigate.
      const marker = await waitFor(() => {
        const found = canvasElement.querySelector('alima-footnote-ref[footnote="note-1"]');
        expect(shown(found)).toContain('1');
        return found;
      });
      const noteref = shadowLink(marker, 'a[role="doc-noteref"]');
      const note = document.getElementById(noteref.hash.slice(1));
      await expect(note?.localName).toBe('alima-footnote');
      await expect(shown(note)).toMatch(/^1\b.*World bank/u);
      const backlink = shadowLink(note, 'a[role="doc-backlink"]');
      // The reference takes the id its back link names when the link is followed: click, without navigating.
      backlink.addEventListener('click', (event) => event.preventDefault(), { once: true });
      backlink.click();
      const reference = document.getElementById(backlink.hash.slice(1));
      await expect(reference !== null && (reference === marker || marker?.contains(reference))).toBe(true);
    });

    await step('the donate button announces the donation before navigating', async () => {
      const donations: CustomEvent[] = [];
      const listen = (event: Event) => {
        event.preventDefault(); // stay on the page, as an in-page checkout would
        donations.push(event as CustomEvent);
      };
      canvasElement.addEventListener('alima-donate', listen);
      const button = canvasElement.querySelector('alima-donate-button');
      // The donate link is the element's light-DOM <a>.
      button?.querySelector('a')?.click();
      canvasElement.removeEventListener('alima-donate', listen);
      await expect(donations).toHaveLength(1);
      const [detail] = donations.map((event) => event.detail as DonateEventDetail);
      await expect(detail).toMatchObject({ campaign: 'mali' });
      await expect(detail?.href).toContain('utm_campaign=mali');
      await expect(button?.textContent?.trim()).toBe('Donate');
    });

    await step('switching the language re-renders the page in French', async () => {
      const root = canvasElement.querySelector('.country-page')?.closest('[lang]');
      if (!root) throw new Error('The story root has no lang: is the language decorator applied?');
      const figure = canvasElement.querySelector('alima-stat-card[footnote="note-1"]');
      const donate = canvasElement.querySelector('alima-donate-button');
      await expect(shown(figure)).toContain('20.25 million');
      root.setAttribute('lang', 'fr');
      try {
        await waitFor(() => expect(donate?.textContent?.trim()).toBe('Faire un don'));
        await expect(shown(figure)).toMatch(/20,25\smillions/u);
      } finally {
        root.setAttribute('lang', 'en');
      }
      await waitFor(() => expect(donate?.textContent?.trim()).toBe('Donate'));
    });
  },
};

/** The key figures of the same page in French: the cards format the draft's numbers in French (the labels are the draft's, in English). */
export const FrenchKeyFigures: Story = {
  name: 'French key figures',
  globals: { locale: 'fr' },
  render: () => maliKeyFigures(),
  play: async ({ canvasElement }) => {
    const [country] = canvasElement.querySelectorAll('alima-stat-group');
    await expect(country?.closest('[lang]')?.getAttribute('lang')).toBe('fr');
    await waitFor(() =>
      expect(shown(canvasElement.querySelector('alima-stat-card[value="20250000"]'))).toMatch(
        /20,25\smillions/u,
      ),
    );
    await expect(shown(canvasElement.querySelector('alima-stat-card[value="185000"]'))).toMatch(/185\s000/u);
  },
};

/** The page on the tokens' dark theme, as the Surface switch sets it; axe checks every colour pair it paints. */
export const DarkSurface: Story = {
  name: 'English, dark surface',
  globals: { surface: 'dark' },
  render: () => maliCountryPage(),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.country-page')?.closest('[data-alima-theme]');
    await expect(root?.getAttribute('data-alima-theme')).toBe('dark');
    // Forced colours give 'light dark'; the page still asks for its dark scheme.
    await expect(getComputedStyle(root as Element).colorScheme).toContain('dark');
  },
};
