import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { inLanguage } from '../internal/test/story-language.js';
import { expect, userEvent } from 'storybook/test';
import '../donate-button.js';
import { donateButtonVariants, type AlimaDonateButton, type DonateEventDetail } from './donate-button.js';

type Args = Pick<AlimaDonateButton, 'currency' | 'variant'> & {
  href?: string;
  amount?: number;
  campaign?: string;
  campaignSource?: string;
  campaignMedium?: string;
  target?: string;
};

const meta = {
  title: 'Components/Donate button',
  component: 'alima-donate-button',
  // The component page is apps/storybook/src/components/*.mdx, with guidance around these stories.
  tags: ['!autodocs'],
  args: { currency: 'EUR', variant: 'primary', campaign: 'mali' },
  argTypes: { variant: { control: 'inline-radio', options: donateButtonVariants } },
  // Without an `href` arg, each language column links to its own donation page. The link is written
  // in the page, with its href and label, so the code to paste works before (and without) JavaScript;
  // the element reads its href there.
  render: (args, { globals }) => html`
    <alima-donate-button
      amount=${args.amount ?? nothing}
      currency=${args.currency}
      campaign=${args.campaign ?? nothing}
      campaign-source=${args.campaignSource ?? nothing}
      campaign-medium=${args.campaignMedium ?? nothing}
      target=${args.target ?? nothing}
      variant=${args.variant}
      ><a href=${args.href ?? inLanguage(globals, { en: '/en/donate/', fr: '/fr/faire-un-don/' })}
        >${inLanguage(globals, { en: 'Donate', fr: 'Faire un don' })}</a
      ></alima-donate-button
    >
  `,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** "Donate" / "Faire un don", linking to the donation page with the campaign in the URL. */
export const Default: Story = { globals: { locale: 'both' } };

/** A suggested amount, formatted by `Intl` in each language: "Donate €30" / "Faire un don de 30 €". */
export const WithAmount: Story = { globals: { locale: 'both' }, args: { amount: 30 } };

/** For dark backgrounds and photos. */
export const Inverted: Story = {
  args: { variant: 'inverted', amount: 50 },
  decorators: [(story) => html`<div style="background: #1a1a1d; padding: 1.5rem">${story()}</div>`],
};

/** An external donation platform in a new tab: the link gets `rel="noopener noreferrer"`. */
export const ExternalPlatform: Story = {
  args: { href: 'https://donate.example.org/alima', target: '_blank', campaignSource: 'country-page' },
};

/** A `javascript:` URL is refused: the link renders disabled and the console explains why. */
export const RefusedUrl: Story = { args: { href: 'javascript:alert(1)' } };

/**
 * A listener cancels `alima-donate` to open an in-page checkout instead of
 * navigating; the event carries the URL, amount, currency and campaign.
 */
export const CancelledForInPageCheckout: Story = {
  args: { amount: 30 },
  play: async ({ canvasElement }) => {
    const details: DonateEventDetail[] = [];
    canvasElement.addEventListener('alima-donate', (event) => {
      details.push(event.detail);
      event.preventDefault();
    });
    const link = canvasElement.querySelector<HTMLAnchorElement>('alima-donate-button > a');
    if (!link) throw new Error('The donate button rendered no link');
    await userEvent.click(link);
    await expect(details).toEqual([
      { href: '/en/donate/?utm_campaign=mali', amount: 30, currency: 'EUR', campaign: 'mali' },
    ]);
    link.focus();
    await userEvent.keyboard('{Enter}');
    await expect(details).toHaveLength(2);
  },
};
