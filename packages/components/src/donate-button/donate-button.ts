import { html, isServer, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { resetWarning, warnOnce } from '../internal/dev-warnings.js';
import { LocalizeController } from '../internal/localize.js';
import { checkUrl, describeUnsafeUrl, withQueryParameters } from '../internal/safe-url.js';
import styles from './donate-button.styles.js';

/** Looks of the button: `primary` on light backgrounds, `inverted` on dark ones or photos. */
export const donateButtonVariants = ['primary', 'inverted'] as const;
export type DonateButtonVariant = (typeof donateButtonVariants)[number];

/** What `alima-donate` tells listeners about the donation about to start. */
export interface DonateEventDetail {
  /** The URL the link goes to, campaign parameters included. */
  href: string;
  /** The suggested amount, when one is set and valid. */
  amount: number | undefined;
  /** ISO 4217 code of the amount, e.g. `EUR`. */
  currency: string;
  /** The `campaign` attribute, when set. */
  campaign: string | undefined;
}

/**
 * The button that starts a donation, labelled "Donate" / "Faire un don".
 * Donating is navigation, so this renders a real `<a>`: Enter, middle-click and
 * "open in new tab" behave as on any link. `href` accepts `https:` and relative
 * URLs only; anything else (`javascript:`, `data:`, `http:`, `mailto:`,
 * `//host`, backslashes) is refused with a development warning and the link
 * renders disabled (`aria-disabled`, no `href`, out of the tab order).
 * Absolute URLs get `rel="noopener noreferrer"`.
 * `campaign`, `campaign-source` and `campaign-medium` are added to the URL as
 * `utm_campaign`, `utm_source` and `utm_medium`, replacing values already in
 * `href`. The amount is shown in the label, not added to the URL: donation
 * platforms name that parameter differently, so put it in `href` if yours
 * takes one.
 *
 * @summary A link styled as a button that starts a donation ("Donate" / "Faire un don").
 *
 * @csspart base - The link.
 *
 * @cssproperty --alima-donate-button-background - Fill colour (text colour in the `inverted` variant).
 * @cssproperty --alima-donate-button-background-hover - Fill colour under the pointer.
 * @cssproperty --alima-donate-button-color - Text colour.
 * @cssproperty --alima-donate-button-radius - Corner radius.
 *
 * @event {CustomEvent<DonateEventDetail>} alima-donate - Fired when the link is activated, before navigating.
 * Cancelable: call `preventDefault()` to stay on the page, e.g. to open an in-page checkout.
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaDonateButton extends LitElement {
  static override styles = [a11yStyles, styles];

  private readonly localize = new LocalizeController(this);

  /** The donation page: an `https:` or relative URL. */
  @property() href = '';

  /** Suggested amount shown in the label ("Donate €30"); positive numbers only. */
  @property({ type: Number }) amount: number | undefined;

  /** ISO 4217 currency of `amount`. */
  @property() currency = 'EUR';

  /** Campaign name, added to the URL as `utm_campaign`. */
  @property() campaign: string | undefined;

  /** Where the visitor comes from, added as `utm_source` (e.g. `country-page`). */
  @property({ attribute: 'campaign-source' }) campaignSource: string | undefined;

  /** The kind of link, added as `utm_medium` (e.g. `website`). */
  @property({ attribute: 'campaign-medium' }) campaignMedium: string | undefined;

  /** Browsing context to open the page in, e.g. `_blank`. */
  @property() target: string | undefined;

  /** Look of the button. */
  @property({ reflect: true }) variant: DonateButtonVariant = 'primary';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) return;
    if (changed.has('href')) this.checkHref();
    if (changed.has('amount') || changed.has('currency')) this.checkAmount();
  }

  private checkHref(): void {
    const check = checkUrl(this.href);
    if (check.ok) resetWarning(this, 'unsafe-href');
    else if (!this.href.trim())
      warnOnce(this, 'unsafe-href', 'needs an href: the https: or relative URL of the donation page.');
    else warnOnce(this, 'unsafe-href', describeUnsafeUrl(check, this.href));
  }

  private checkAmount(): void {
    if (this.amount === undefined || this.amount === null) return;
    if (!this.validAmount)
      warnOnce(this, 'invalid-amount', `ignores amount "${String(this.amount)}": use a positive number.`);
    else if (this.formattedAmount === undefined)
      warnOnce(
        this,
        'invalid-currency',
        `ignores currency "${this.currency}": use an ISO 4217 code such as EUR.`,
      );
  }

  private get validAmount(): number | undefined {
    const amount = this.amount;
    return typeof amount === 'number' && Number.isFinite(amount) && amount > 0 ? amount : undefined;
  }

  private get formattedAmount(): string | undefined {
    const amount = this.validAmount;
    if (amount === undefined) return undefined;
    try {
      return this.localize.number(amount, {
        style: 'currency',
        currency: this.currency,
        trailingZeroDisplay: 'stripIfInteger',
      });
    } catch {
      return undefined;
    }
  }

  /** The URL to navigate to, or `undefined` when `href` is refused. */
  private get url(): { href: string; external: boolean } | undefined {
    const check = checkUrl(this.href);
    if (!check.ok) return undefined;
    const href = withQueryParameters(check.url, {
      utm_campaign: this.campaign,
      utm_source: this.campaignSource,
      utm_medium: this.campaignMedium,
    });
    return { href, external: check.external };
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const url = this.url;
    if (!url) return;
    const detail: DonateEventDetail = {
      href: url.href,
      amount: this.formattedAmount === undefined ? undefined : this.validAmount,
      currency: this.currency,
      campaign: this.campaign || undefined,
    };
    const donate = new CustomEvent<DonateEventDetail>('alima-donate', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail,
    });
    if (!this.dispatchEvent(donate)) event.preventDefault();
  };

  override render() {
    const { strings } = this.localize;
    const amount = this.formattedAmount;
    const label = amount === undefined ? strings.donate : strings.donateAmount(amount);
    const url = this.url;
    if (!url) {
      // A link without href is not focusable and does nothing: the accessible way to say "unavailable".
      // eslint-disable-next-line lit-a11y/anchor-is-valid -- a disabled link, deliberately without href
      return html`<a class="base" part="base" role="link" aria-disabled="true">${label}</a>`;
    }
    return html`<a
      class="base"
      part="base"
      href=${url.href}
      target=${ifDefined(this.target || undefined)}
      rel=${ifDefined(url.external ? 'noopener noreferrer' : undefined)}
      @click=${this.handleClick}
      >${label}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-donate-button': AlimaDonateButton;
  }
  interface GlobalEventHandlersEventMap {
    'alima-donate': CustomEvent<DonateEventDetail>;
  }
}
