import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../internal/localize.js';
import { resetWarning, warnOnce } from '../internal/dev-warnings.js';
import styles from './stat-card.styles.js';

/** Who produced the figure: the country's (outside sources) or ALIMA's own. */
export const statCardVariants = ['country', 'own'] as const;
export type StatCardVariant = (typeof statCardVariants)[number];

/** How a numeric `value` is written: `332,957` or `20.25 million`. */
export const statCardNotations = ['standard', 'compact'] as const;
export type StatCardNotation = (typeof statCardNotations)[number];

/** Plain decimal numbers only: `20,250,000` or `3.5M` are text, not numbers. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A key figure, such as a country's population or the children ALIMA treated,
 * with what it counts and where it comes from. A numeric `value` is formatted
 * in the element's language (`20.25 million` / `20,25 millions`); every figure
 * needs a source, either a footnote marker (`footnote`, linking to
 * `<alima-footnotes>`) or a short in-text source (`source`). A card with
 * neither reflects `unsourced` and warns in development.
 *
 * @summary A key figure with what it counts and where it comes from.
 *
 * @slot - The figure as free text, for figures that are not plain numbers (`1 in 5`). Ignored when `value` is set.
 * @slot label - What is counted, when it needs markup; replaces the `label` attribute.
 * @slot footnote - The `<alima-footnote-ref>` of the figure's source. The card puts one here itself when `footnote` is set.
 *
 * @csspart base - The card's box.
 * @csspart value - The figure.
 * @csspart label - What is counted, followed by the footnote marker.
 * @csspart source - The short in-text source.
 *
 * @cssproperty --alima-stat-card-value-color - Colour of the figure (token `--alima-color-stat-country`, or `--alima-color-stat-own` for `own`).
 * @cssproperty --alima-stat-card-value-size - Font size of the figure.
 * @cssproperty --alima-stat-card-background - Background of the card.
 * @cssproperty --alima-stat-card-accent - Colour of the card's leading edge (decorative; the accent colour for `own`).
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaStatCard extends LitElement {
  static override styles = styles;

  private readonly localize = new LocalizeController(this);
  /** The reference this card created for `footnote`, as opposed to one the author wrote. */
  private generatedRef: Element | undefined;

  /** The figure: a number (`20250000`), formatted in the element's language. Text that is not a number is shown as written. */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? undefined } })
  value: number | string | undefined;

  /** `compact` writes `20.25 million` / `20,25 millions`; `standard` writes `332,957` / `332 957`. */
  @property() notation: StatCardNotation = 'standard';

  /** What is counted, e.g. `people face food insecurity`. */
  @property() label = '';

  /** The id of the `<alima-footnote>` that sources the figure; renders its numbered marker. */
  @property() footnote: string | undefined;

  /** A short in-text source, e.g. `World Bank 2020`, when the page has no footnotes. */
  @property() source: string | undefined;

  /** `country` for figures from outside sources, `own` for ALIMA's own figures. */
  @property({ reflect: true }) variant: StatCardVariant = 'country';

  /** Set by the card (read-only) when it has neither `footnote`, `source` nor a slotted reference, so pages can be audited. */
  @property({ type: Boolean, reflect: true }) unsourced = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The server sees attributes only; a slotted reference is found, and warnings given, on hydration.
    if (isServer) {
      this.unsourced = !this.footnote?.trim() && !this.source?.trim();
      return;
    }
    if (changed.has('footnote')) this.syncFootnoteRef();
    this.unsourced =
      !this.footnote?.trim() && !this.source?.trim() && !this.querySelector(':scope > [slot="footnote"]');
    if (this.unsourced) {
      warnOnce(
        this,
        'unsourced',
        `figure "${this.value ?? this.textContent?.trim()}" has no source: set footnote or source.`,
      );
    } else {
      resetWarning(this, 'unsourced');
    }
  }

  /**
   * The marker lives in the light DOM: footnote ids and backlinks only resolve
   * in the document tree, and the footnotes number references in document order.
   */
  private syncFootnoteRef(): void {
    const id = this.footnote?.trim();
    const ref = this.generatedRef ?? this.querySelector(':scope > alima-footnote-ref[slot="footnote"]');
    if (!id) {
      this.generatedRef?.remove();
      this.generatedRef = undefined;
      return;
    }
    if (ref) {
      ref.setAttribute('footnote', id);
      return;
    }
    this.generatedRef = document.createElement('alima-footnote-ref');
    this.generatedRef.slot = 'footnote';
    this.generatedRef.setAttribute('footnote', id);
    this.append(this.generatedRef);
  }

  private formattedValue(): string {
    const value = this.value;
    const text = typeof value === 'number' ? String(value) : (value ?? '').trim();
    if (typeof value === 'number' ? Number.isFinite(value) : NUMBER.test(text)) {
      resetWarning(this, 'value');
      const compact = this.notation === 'compact';
      return this.localize.number(
        Number(text),
        compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : {},
      );
    }
    if (!isServer) warnOnce(this, 'value', `value "${text}" is not a number; it is shown as written.`);
    return text;
  }

  protected override render() {
    const { strings } = this.localize;
    const source = this.source?.trim();
    return html`
      <p part="base">
        <span part="value">${this.value === undefined ? html`<slot></slot>` : this.formattedValue()}</span>
        <span part="label"
          ><slot name="label">${this.label}</slot
          ><slot name="footnote" @slotchange=${() => this.requestUpdate()}></slot
        ></span>
        ${source ? html`<span part="source">${strings.statSource(source)}</span>` : nothing}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-stat-card': AlimaStatCard;
  }
}
