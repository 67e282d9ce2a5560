import { html, LitElement, type PropertyDeclarations } from 'lit';
import { headingLevels, validHeadingLevel, type HeadingLevel } from '../internal/heading-level.js';
import { hostStyles } from '../internal/host-styles.js';
import { LocalizeController } from '../internal/localize.js';
import { footnotesStrings } from '../internal/translations.js';
import styles from './footnotes.styles.js';

/** Heading levels the list title can take, so it fits the page outline. */
export const footnotesHeadingLevels = headingLevels;
export type FootnotesHeadingLevel = HeadingLevel;

/**
 * The numbered list of the sources cited on the page.
 * A section with a heading ("Sources" in English and French) and a list:
 * screen readers announce a list of as many items as there are notes. The
 * section is not a landmark, so a page with several articles, each with its
 * list, does not get several landmarks of the same name. Each note shows the number the page's references gave it; the
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
 * @csspart base - The section holding the heading and the list.
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
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  private readonly localize = new LocalizeController(this, footnotesStrings);

  /** Level of the heading (2–6); other values fall back to 2. */
  headingLevel: FootnotesHeadingLevel = 2;

  override render() {
    // Chromium exposes a slot's role (the rule predates that), and only a list
    // that is the items' flat-tree parent gives them their listitem role.
    /* eslint-disable lit-a11y/no-aria-slot */
    return html`<section class="base" part="base">
      <div class="heading" part="heading" role="heading" aria-level=${validHeadingLevel(this.headingLevel)}>
        <slot name="heading">${this.localize.strings.sources}</slot>
      </div>
      <!-- The slot itself is the list: a wrapper around it would be the items' parent.
      No doc-endnotes role: inside it Chromium turns list items into the deprecated doc-endnote. -->
      <slot class="list" part="list" role="list"></slot>
    </section>`;
    /* eslint-enable lit-a11y/no-aria-slot */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-footnotes': AlimaFootnotes;
  }
}
