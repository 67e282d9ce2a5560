import { html, isServer, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { resetWarning, warnOnce } from '../internal/dev-warnings.js';
import { LocalizeController, registeredTranslations } from '../internal/localize.js';
import { donateButtonStrings } from '../internal/translations.js';
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
 * Donating is navigation, so the button is a real `<a>` in the light DOM,
 * as Red Hat's `rh-cta` does: write it in the page and it works without
 * JavaScript (`fallback.css` gives it the button's look and size); the element
 * creates one when there is none. Enter, middle-click and "open in new tab"
 * behave as on any link. The element owns the link's `href`, `target` and
 * `rel`; it keeps text you wrote in the link, except a built-in label
 * ("Donate", "Faire un don"), which it localizes, and fills an empty link. `href` (or, when unset, the written link's `href`)
 * accepts `https:` and relative URLs only; anything else (`javascript:`,
 * `data:`, `http:`, `mailto:`, `//host`, backslashes) is refused with a
 * development warning and the link renders disabled (`aria-disabled`, no
 * `href`, out of the tab order). Absolute URLs get `rel="noopener noreferrer"`.
 * `campaign`, `campaign-source` and `campaign-medium` are added to the URL as
 * `utm_campaign`, `utm_source` and `utm_medium`, replacing values already in
 * `href`. The amount is shown in the label, not added to the URL: donation
 * platforms name that parameter differently, so put it in `href` if yours
 * takes one. The button is not printed.
 *
 * @summary A link styled as a button that starts a donation ("Donate" / "Faire un don").
 *
 * @slot - The `<a>` link; created by the element when absent.
 *
 * @cssproperty [--alima-donate-button-background=var(--alima-color-accent, #e2001a)] - Fill colour (text colour in the `inverted` variant).
 * @cssproperty [--alima-donate-button-background-hover=var(--alima-color-accent-hover, #c00016)] - Fill colour under the pointer.
 * @cssproperty [--alima-donate-button-color=var(--alima-color-on-accent, #ffffff)] - Text colour.
 * @cssproperty [--alima-donate-button-radius=var(--alima-radius-lg, 8px)] - Corner radius.
 *
 * @event {CustomEvent<DonateEventDetail>} alima-donate - Fired when the link is activated, before navigating.
 * Cancelable: call `preventDefault()` to stay on the page, e.g. to open an in-page checkout.
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaDonateButton extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    href: {},
    amount: { type: Number },
    currency: {},
    campaign: {},
    campaignSource: { attribute: 'campaign-source' },
    campaignMedium: { attribute: 'campaign-medium' },
    target: {},
    variant: {},
  };

  private readonly localize = new LocalizeController(this, donateButtonStrings);
  /** The link this element manages, and whether the element wrote its text (so it may rewrite it). */
  private link: { anchor: HTMLAnchorElement; ownsText: boolean; writtenHref: string | null } | undefined;

  /** The donation page: an `https:` or relative URL. Defaults to the `href` of the link written inside. */
  href = '';

  /** Suggested amount shown in the label ("Donate €30"); positive numbers only. */
  amount: number | undefined;

  /** ISO 4217 currency of `amount`. */
  currency = 'EUR';

  /** Campaign name, added to the URL as `utm_campaign`. */
  campaign: string | undefined;

  /** Where the visitor comes from, added as `utm_source` (e.g. `country-page`). */
  campaignSource: string | undefined;

  /** The kind of link, added as `utm_medium` (e.g. `website`). */
  campaignMedium: string | undefined;

  /** Browsing context to open the page in, e.g. `_blank`. */
  target: string | undefined;

  /** Look of the button: `primary` on light backgrounds, `inverted` on dark ones or photos. */
  variant: DonateButtonVariant = 'primary';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) return;
    this.adoptLink();
    if (changed.has('href')) this.checkHref();
    if (changed.has('amount') || changed.has('currency')) this.checkAmount();
  }

  protected override updated(): void {
    this.syncLink();
  }

  /** Takes the `<a>` written inside, or creates one. */
  private adoptLink(): void {
    const anchor = this.querySelector<HTMLAnchorElement>(':scope > a');
    if (anchor && anchor === this.link?.anchor) return;
    this.link?.anchor.removeEventListener('click', this.handleClick);
    if (anchor) {
      const text = anchor.textContent?.trim() ?? '';
      // "Donate" written for readers without JavaScript is the built-in label: it follows the page's language.
      const labels = [...Object.values(donateButtonStrings), ...registeredTranslations()];
      const ownsText = !text || labels.some((strings) => strings.donate === text);
      this.link = { anchor, ownsText, writtenHref: anchor.getAttribute('href') };
    } else {
      this.link = { anchor: document.createElement('a'), ownsText: true, writtenHref: null };
      this.append(this.link.anchor);
    }
    this.link.anchor.addEventListener('click', this.handleClick);
  }

  /** `href`, or the `href` the author wrote on the link when the element has none. */
  private get requestedHref(): string {
    return this.href || this.link?.writtenHref || '';
  }

  private checkHref(): void {
    const href = this.requestedHref;
    const check = checkUrl(href);
    // Separate keys: a button first rendered without href must still warn when given a `javascript:` one.
    if (check.ok || href.trim()) resetWarning(this, 'missing-href');
    if (check.ok || !href.trim()) resetWarning(this, 'unsafe-href');
    if (check.ok) return;
    if (!href.trim()) warnOnce(this, 'missing-href', 'needs an href: an https: or relative URL.');
    else warnOnce(this, 'unsafe-href', describeUnsafeUrl(check, href));
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
    const check = checkUrl(this.requestedHref);
    if (!check.ok) return undefined;
    const href = withQueryParameters(check.url, {
      utm_campaign: this.campaign,
      utm_source: this.campaignSource,
      utm_medium: this.campaignMedium,
    });
    return { href, external: check.external };
  }

  /**
   * Writes the link's attributes and label, touching only what differs, so a
   * server-rendered or React-rendered link that is already right stays as it is.
   */
  private syncLink(): void {
    const link = this.link;
    if (!link) return;
    const { anchor } = link;
    const url = this.url;
    setAttribute(anchor, 'href', url?.href);
    setAttribute(anchor, 'target', url && this.target ? this.target : undefined);
    setAttribute(anchor, 'rel', url?.external ? 'noopener noreferrer' : undefined);
    // A link without href is not focusable and does nothing: the accessible way to say "unavailable".
    setAttribute(anchor, 'role', url ? undefined : 'link');
    setAttribute(anchor, 'aria-disabled', url ? undefined : 'true');
    if (link.ownsText) {
      const { strings } = this.localize;
      const amount = this.formattedAmount;
      const label = amount === undefined ? strings.donate : strings.donateAmount(amount);
      if (anchor.textContent !== label) anchor.textContent = label;
    }
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const url = this.url;
    if (!url) {
      event.preventDefault();
      return;
    }
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
    return html`<slot class=${this.variant === 'inverted' ? 'inverted' : 'primary'}></slot>`;
  }
}

function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-donate-button': AlimaDonateButton;
  }
  interface GlobalEventHandlersEventMap {
    'alima-donate': CustomEvent<DonateEventDetail>;
  }
}
