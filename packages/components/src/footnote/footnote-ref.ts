import { html, isServer, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { a11yStyles } from '../internal/a11y.styles.js';
import { LocalizeController } from '../internal/localize.js';
import { footnoteRefStrings } from '../internal/translations.js';
import styles from './footnote-ref.styles.js';
import {
  addReference,
  footnotesChanged,
  numberNow,
  removeReference,
  serverFootnotes,
  type NoteReference,
  type ReferenceNumber,
} from '../internal/footnote-registry.js';

/**
 * A numbered marker in running text that links to its source in the page's
 * `<alima-footnotes>`. Numbers follow the order of first reference on the page, and references to
 * the same note share its number, so authors never number by hand. The
 * note links back to the element's light-DOM anchor by its id (`ref-<note>-<n>`
 * unless it has one), which the anchor takes when the back link is followed. A reference to a missing note shows `?` and warns
 * in development. `<alima-stat-card footnote="…">` renders this element.
 * Numbers restart in each footnote scope: the nearest ancestor with the
 * `footnote-scope` attribute, else the nearest `<article>`, else the document.
 * On the client, numbers arrive just after the elements render;
 * `await footnotesSettled()` waits for them. On the server, references number
 * in the order they render and the server HTML carries the numbers and the
 * anchor ids. Without JavaScript, put a link in the element
 * (`<a href="#wb2020">1</a>`): it shows until the element upgrades.
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
  static override properties: PropertyDeclarations = {
    footnote: {},
    number: { state: true, attribute: false },
  };

  private readonly localize = new LocalizeController(this, footnoteRefStrings);

  /** Id of the `<alima-footnote>` this reference cites. */
  footnote = '';

  /** Assigned by the footnote registry once the page is numbered. */
  private number: ReferenceNumber | undefined;

  /** Server HTML (a declarative shadow root) is there before the first render: hydrate with its numbers. */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;

  override connectedCallback(): void {
    super.connectedCallback();
    addReference(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeReference(this);
  }

  protected override willUpdate(): void {
    if (this.hasUpdated) return;
    if (isServer) {
      const cited = serverFootnotes.cite(
        this.footnote.trim(),
        this.getAttribute('id'),
        this.getAttribute('slot') === 'footnote',
      );
      this.number = { state: 'numbered', number: cited.number };
      if (!this.hasAttribute('id')) this.setAttribute('id', cited.anchorId);
    } else if (this.serverRendered) {
      numberNow();
    }
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
    // Before numbering the marker is an asterisk that already links to the note.
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
