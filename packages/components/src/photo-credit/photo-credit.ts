import { html, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { LocalizeController } from '../internal/localize.js';
import { photoCreditStrings } from '../internal/translations.js';
import { resetWarning, warnOnce } from '../internal/dev-warnings.js';
import styles from './photo-credit.styles.js';

/** Where the credit sits: on the photo's bottom edge, or under it. */
export const photoCreditPlacements = ['below', 'overlay'] as const;
export type PhotoCreditPlacement = (typeof photoCreditPlacements)[number];

/**
 * A photo with its credit, `© Photographer / ALIMA`, under it or over its
 * bottom edge, and an optional caption. The image stays in the light DOM, so
 * it is crawlable and shows without JavaScript. A photo without a
 * photographer warns in development: the charter requires every photo to be
 * credited.
 *
 * @summary A photo with its credit, `© Photographer / ALIMA`, and an optional caption.
 *
 * @slot - The `<img>` (or `<picture>`). It stays in the light DOM, so it is crawlable and shows without JavaScript.
 *
 * @csspart base - The `<figure>`.
 * @csspart credit - The credit line.
 * @csspart caption - The caption, when there is one.
 *
 * The figure is as wide as the photo (up to its container), so the credit and
 * caption line up with a photo narrower than its column.
 *
 * @cssproperty [--alima-photo-credit-overlay-background=var(--alima-color-credit-overlay-bg, #111113)] - Background behind the credit in overlay placement (keep it opaque for contrast).
 * @cssproperty [--alima-photo-credit-overlay-color=var(--alima-color-credit-overlay-text, #fff)] - Credit text colour in overlay placement.
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaPhotoCredit extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    photographer: {},
    organization: {},
    caption: {},
    placement: {},
  };

  private readonly localize = new LocalizeController(this, photoCreditStrings);

  /** Who took the photo (required: the credit is the photographer's right). */
  photographer: string | undefined;

  /** Who the photo is credited to besides the photographer. */
  organization = 'ALIMA';

  /** A caption shown under the photo. */
  caption: string | undefined;

  /** `below` puts the credit under the photo; `overlay` on its bottom edge, on an opaque background. */
  placement: PhotoCreditPlacement = 'below';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && !changed.has('photographer')) return;
    if (this.photographer?.trim()) resetWarning(this, 'photographer');
    else warnOnce(this, 'photographer', 'has no photographer: set photographer="…" to credit the photo.');
  }

  private checkAlt(event: Event): void {
    const assigned = (event.target as HTMLSlotElement).assignedElements();
    const images = assigned.flatMap((element) =>
      element.localName === 'img' ? [element] : [...element.querySelectorAll('img')],
    );
    // alt="" is a deliberate choice (decorative image); only a missing alt is a mistake.
    if (images.some((image) => !image.hasAttribute('alt'))) {
      warnOnce(this, 'alt', 'image has no alt: describe the photo, or write alt="" if it is decorative.');
    } else {
      resetWarning(this, 'alt');
    }
  }

  protected override render() {
    const photographer = this.photographer?.trim();
    const organization = this.organization.trim() || 'ALIMA';
    const credit = photographer
      ? this.localize.strings.photoCredit(photographer, organization)
      : `© ${organization}`;
    return html`
      <figure part="base" class=${this.placement === 'overlay' ? 'overlay' : 'below'}>
        <div class="media"><slot @slotchange=${this.checkAlt}></slot></div>
        <figcaption>
          <span part="credit">${credit}</span>
          ${this.caption ? html`<span part="caption">${this.caption}</span>` : nothing}
        </figcaption>
      </figure>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-photo-credit': AlimaPhotoCredit;
  }
}
