import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { LocalizeController } from '../internal/localize.js';
import styles from './footnote-ref.styles.js';
import {
  addReference,
  footnotesChanged,
  removeReference,
  type NoteReference,
  type ReferenceNumber,
} from '../internal/footnote-registry.js';

/**
 * A numbered marker in running text that links to its source in the page's
 * `<alima-footnotes>`. Numbers follow the order of first reference on the page, and references to
 * the same note share its number, so authors never number by hand. The
 * element's light-DOM anchor gets an id (`ref-<note>-<n>`) unless it has one,
 * so the note can link back. A reference to a missing note shows `?` and warns
 * in development. `<alima-stat-card footnote="…">` renders this element.
 * Numbers arrive just after the elements render (server-rendered HTML shows
 * `*` until then); `await footnotesSettled()` waits for them.
 *
 * @summary A numbered marker in running text that links to its source in `<alima-footnotes>`.
 *
 * @csspart marker - The superscript around the marker.
 * @csspart link - The link to the note (role `doc-noteref`).
 * @csspart missing - The `?` shown when the cited note is not on the page.
 *
 * @cssproperty --alima-footnote-ref-color - Colour of the marker link.
 * @cssproperty --alima-footnote-ref-font-size - Size of the marker relative to the text.
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaFootnoteRef extends LitElement implements NoteReference {
  static override styles = [a11yStyles, styles];

  private readonly localize = new LocalizeController(this);

  /** Id of the `<alima-footnote>` this reference cites. */
  @property() footnote = '';

  /** Assigned by the footnote registry once the page is numbered. */
  @state() private number: ReferenceNumber | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    addReference(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeReference(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('footnote') && changed.get('footnote') !== undefined) footnotesChanged();
  }

  /** @internal Called by the footnote registry. */
  showNumber(number: ReferenceNumber): void {
    this.number = number;
  }

  override render() {
    const { strings } = this.localize;
    if (this.number?.state === 'missing') {
      return html`<sup class="marker" part="marker"
        ><span class="missing" part="missing"
          ><span aria-hidden="true">?</span
          ><span class="visually-hidden">${strings.missingFootnote}</span></span
        ></sup
      >`;
    }
    // Before numbering (and on the server) the marker is an asterisk that already links to the note.
    const shown = this.number ? this.localize.number(this.number.number) : '';
    return html`<sup class="marker" part="marker"
      ><a class="link" part="link" href="#${this.footnote.trim()}" role="doc-noteref"
        ><span aria-hidden="true">${shown || '*'}</span
        ><span class="visually-hidden">${strings.footnoteLabel(shown).trim()}</span></a
      ></sup
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-footnote-ref': AlimaFootnoteRef;
  }
}
