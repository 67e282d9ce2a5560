import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevels, validHeadingLevel, type HeadingLevel } from '../internal/heading-level.js';
import { hostStyles } from '../internal/host-styles.js';
import { LocalizeController } from '../internal/localize.js';
import styles from './footnotes.styles.js';

/** Heading levels the list title can take, so it fits the page outline. */
export const footnotesHeadingLevels = headingLevels;
export type FootnotesHeadingLevel = HeadingLevel;

/**
 * The numbered list of the sources cited on the page. A section with role `doc-endnotes` and a heading ("Sources" in English and
 * French). Each note shows the number the page's references gave it; the
 * list keeps the order it is written in. In development the page warns about
 * a reference to a missing note, a note nobody cites, a note without id or
 * with a duplicate id, and a list out of citation order (the checks
 * charter-lint makes on Markdown footnotes).
 *
 * @summary The page's numbered source list, holding `<alima-footnote>` items.
 *
 * @slot - The `<alima-footnote>` items.
 * @slot heading - Replaces the localized "Sources" heading text.
 *
 * @csspart base - The section (role `doc-endnotes`).
 * @csspart heading - The heading.
 * @csspart list - The list of notes.
 *
 * @cssproperty --alima-footnotes-font-size - Text size of the list.
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaFootnotes extends LitElement {
  static override styles = [hostStyles, styles];

  private readonly localize = new LocalizeController(this);

  /** Level of the heading (2–6); other values fall back to 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: FootnotesHeadingLevel = 2;

  override render() {
    return html`<section class="base" part="base" role="doc-endnotes" aria-labelledby="heading">
      <div
        class="heading"
        part="heading"
        id="heading"
        role="heading"
        aria-level=${validHeadingLevel(this.headingLevel)}
      >
        <slot name="heading">${this.localize.strings.sources}</slot>
      </div>
      <div class="list" part="list" role="list"><slot></slot></div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-footnotes': AlimaFootnotes;
  }
}
