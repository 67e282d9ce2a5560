import { html, isServer, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { LocalizeController } from '../internal/localize.js';
import { statCardStrings } from '../internal/translations.js';
import { resetWarning, warnOnce } from '../internal/dev-warnings.js';
import { serverPage } from '../internal/server-page.js';
import styles from './stat-card.styles.js';

/** Who produced the figure: the country's (outside sources) or ALIMA's own. */
export const statCardVariants = ['country', 'own'] as const;
export type StatCardVariant = (typeof statCardVariants)[number];

/** How a numeric `value` is written: `332,957` or `20.25 million`. */
export const statCardNotations = ['standard', 'compact'] as const;
export type StatCardNotation = (typeof statCardNotations)[number];

/**
 * How a numeric `value` is formatted: `number` groups digits (`332,957`;
 * four-digit numbers such as `9500` stay ungrouped), `plain` writes the digits
 * as they are (years, codes), `percent` appends the percent sign to the value
 * as written (`42` → `42%`), `currency` and `unit` use `currency` and `unit`.
 */
export const statCardFormats = ['number', 'plain', 'percent', 'currency', 'unit'] as const;
export type StatCardFormat = (typeof statCardFormats)[number];

/** Decimal numbers, with an optional exponent (`1e6`): `20,250,000` or `3.5M` are text, not numbers. */
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A key figure, such as a country's population or the children ALIMA treated,
 * with what it counts and where it comes from. A numeric `value` is formatted
 * in the element's language (`20.25 million` / `20,25 millions`); every figure
 * needs a source, either a footnote marker (`footnote`, linking to
 * `<alima-footnotes>`) or a short in-text source (`source`). A card with
 * neither reflects `unsourced` and warns in development.
 *
 * A numeric `value` is formatted by `Intl` in the language of the closest
 * `lang`. Write the figure as the page should show it as the card's text
 * (`<alima-stat-card value="20250000" …>20.25 million</alima-stat-card>`):
 * that text is what readers get before or without JavaScript, with
 * `fallback.css`; once the element runs, it shows its own formatting instead.
 * The card loads `<alima-footnote-ref>`, which it creates for `footnote`, when it first needs it.
 *
 * @summary A key figure with what it counts and where it comes from.
 *
 * @slot - The figure as free text, for figures that are not numbers (`1 in 5`); with `value`, the figure shown without JavaScript.
 * @slot label - What is counted, when it needs markup; replaces the `label` attribute.
 * @slot footnote - The `<alima-footnote-ref>` of the figure's source. The card puts one here itself when `footnote` is set.
 *
 * @csspart base - The card's box.
 * @csspart value - The figure.
 * @csspart label - What is counted, followed by the footnote marker.
 * @csspart source - The short in-text source.
 *
 * @cssproperty [--alima-stat-card-value-color=var(--alima-color-stat-country, #2a2a2e)] - Colour of the figure (`--alima-color-stat-own` for `own`).
 * @cssproperty [--alima-stat-card-value-size=var(--alima-font-size-2xl, 1.953rem)] - Font size of the figure.
 * @cssproperty [--alima-stat-card-background=var(--alima-color-surface-raised, #f6f6f7)] - Background of the card.
 * @cssproperty [--alima-stat-card-accent=var(--alima-color-border-strong, #74747b)] - Colour of the card's leading edge (decorative; `--alima-color-accent` for `own`).
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaStatCard extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    value: { converter: { fromAttribute: (value: string | null) => value ?? undefined } },
    notation: {},
    format: {},
    currency: {},
    unit: {},
    label: {},
    footnote: {},
    source: {},
    variant: {},
    unsourced: { type: Boolean, reflect: true },
  };

  private readonly localize = new LocalizeController(this, statCardStrings);
  /** The reference this card created for `footnote`, as opposed to one the author wrote. */
  private generatedRef: Element | undefined;

  /** The figure: a number (`20250000`), formatted in the element's language. Text that is not a number is shown as written. */
  value: number | string | undefined;

  /** `compact` writes `20.25 million` / `20,25 millions`; `standard` writes `332,957` / `332 957`. */
  notation: StatCardNotation = 'standard';

  /** `number`, `plain` (years and codes: no grouping), `percent` (`42` → `42%`), `currency` or `unit`. */
  format: StatCardFormat = 'number';

  /** ISO 4217 code for `format="currency"`, e.g. `EUR`. */
  currency = 'EUR';

  /** `Intl` unit for `format="unit"`, e.g. `kilometer`, `hectare`, `liter-per-day`. */
  unit: string | undefined;

  /** What is counted, e.g. `people face food insecurity`. */
  label = '';

  /** The id of the `<alima-footnote>` that sources the figure; renders its numbered marker. */
  footnote: string | undefined;

  /** A short in-text source, e.g. `World Bank 2020`, when the page has no footnotes. */
  source: string | undefined;

  /** `country` for figures from outside sources, `own` for ALIMA's own figures. Not reflected: the card adds no attribute a framework did not write. */
  variant: StatCardVariant = 'country';

  /** Set by the card (read-only) when it has neither `footnote`, `source` nor a slotted reference, so pages can be audited. */
  unsourced = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The server sees attributes only; a slotted reference is found, and warnings given, on hydration.
    if (isServer) {
      const footnote = this.footnote?.trim();
      // Counted where the browser creates the marker, so numbers do not change on hydration.
      if (footnote && !this.hasUpdated) serverPage.footnotes?.citeForCard(footnote);
      this.unsourced = !footnote && !this.source?.trim();
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
    // The card loads the marker element on first need: pages without footnotes never download it.
    if ((id || ref) && !customElements.get('alima-footnote-ref')) void import('../footnote-ref.js');
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
    const number = Number(text);
    if (typeof value === 'number' ? !Number.isFinite(value) : !NUMBER.test(text)) {
      if (!isServer) warnOnce(this, 'value', `value "${text}" is not a number; it is shown as written.`);
      return text;
    }
    resetWarning(this, 'value');
    try {
      const formatted = this.localize.number(
        this.format === 'percent' ? number / 100 : number,
        this.formatOptions(),
      );
      resetWarning(this, 'format');
      return formatted;
    } catch {
      if (!isServer) warnOnce(this, 'format', `cannot format as ${this.format}: check currency or unit.`);
      return this.localize.number(number, { useGrouping: 'min2' });
    }
  }

  /** `Intl.NumberFormat` options for `format` and `notation`; throws on an unknown currency or unit. */
  private formatOptions(): Intl.NumberFormatOptions {
    const notation: Intl.NumberFormatOptions =
      this.notation === 'compact'
        ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }
        : {};
    switch (this.format) {
      case 'plain':
        return { useGrouping: false, maximumFractionDigits: 20 };
      case 'percent':
        return { ...notation, style: 'percent', maximumFractionDigits: 2 };
      case 'currency':
        return {
          ...notation,
          style: 'currency',
          currency: this.currency,
          trailingZeroDisplay: 'stripIfInteger',
        };
      case 'unit':
        if (!this.unit) throw new RangeError('no unit');
        return { ...notation, style: 'unit', unit: this.unit, unitDisplay: 'long', useGrouping: 'min2' };
      default:
        // 'min2' leaves four-digit numbers ungrouped, as style guides write them: 9500, but 12,500.
        return { ...notation, useGrouping: 'min2' };
    }
  }

  protected override render() {
    const { strings } = this.localize;
    const source = this.source?.trim();
    return html`
      <p part="base" class=${this.variant === 'own' ? 'own' : 'country'}>
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
