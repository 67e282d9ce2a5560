import { html, LitElement, type PropertyDeclarations } from 'lit';
import { headingLevels, validHeadingLevel, type HeadingLevel } from '../internal/heading-level.js';
import { LocalizeController } from '../internal/localize.js';
import { statGroupStrings } from '../internal/translations.js';
import styles from './stat-group.styles.js';

/** Heading levels a group can take: 2 to 6 (a page's `<h1>` is its title). */
export const statGroupHeadingLevels = headingLevels;
export type StatGroupHeadingLevel = HeadingLevel;

/**
 * Key figures under one heading ("Key figures" / "Chiffres-clés" by
 * default), laid out as a grid that wraps to the space available, from one
 * column on a phone to several on a wide screen. The heading level follows
 * the page outline (`heading-level`, 2 to 6).
 *
 * @summary Key figures under one heading, laid out as a grid that wraps to the space available.
 *
 * @slot - The `<alima-stat-card>` elements.
 * @slot heading - The heading, when it needs markup; replaces the `heading` attribute and the default "Key figures".
 *
 * @csspart base - The group's box.
 * @csspart heading - The heading.
 * @csspart grid - The grid that holds the cards.
 *
 * @cssproperty [--alima-stat-group-column-min=14rem] - Narrowest a column gets before the cards wrap to a new row (`fallback.css` reads it too).
 * @cssproperty [--alima-stat-group-gap=var(--alima-space-md, 1rem)] - Space between cards.
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaStatGroup extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  private readonly localize = new LocalizeController(this, statGroupStrings);

  /** The heading text; defaults to "Key figures" / "Chiffres-clés" in the element's language. */
  heading: string | undefined;

  /** The heading's level in the page outline, 2 to 6 (anything else reads as 2). */
  headingLevel: StatGroupHeadingLevel = 2;

  protected override render() {
    return html`
      <div part="base">
        <div part="heading" role="heading" aria-level=${validHeadingLevel(this.headingLevel)}>
          <slot name="heading">${this.heading ?? this.localize.strings.keyFigures}</slot>
        </div>
        <div part="grid"><slot></slot></div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-stat-group': AlimaStatGroup;
  }
}
