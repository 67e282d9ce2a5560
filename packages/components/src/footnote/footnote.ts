import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { a11yStyles } from '../internal/a11y.styles.js';
import { warnOnce } from '../internal/dev-warnings.js';
import { hostStyles } from '../internal/host-styles.js';
import { LocalizeController } from '../internal/localize.js';
import { checkUrl, describeUnsafeUrl } from '../internal/safe-url.js';
import styles from './footnote.styles.js';
import {
  addNote,
  footnotesChanged,
  removeNote,
  type Backlink,
  type NoteEntry,
} from '../internal/footnote-registry.js';

/**
 * One source in `<alima-footnotes>`: who published a figure, when, and where
 * to read it. Its `id` is what `<alima-footnote-ref footnote="…">` cites; because ids do
 * not cross shadow roots, the id stays on this light-DOM element, which is also
 * the target of the markers' links. It links back to every reference.
 *
 * @summary One source in `<alima-footnotes>`, numbered by the order in which the page first cites it.
 *
 * @attr {string} id - The note's id, cited by `<alima-footnote-ref footnote="…">`; unique on the page.
 *
 * @slot - Details after the source, such as a report title or "According to …".
 *
 * @csspart number - The note's number.
 * @csspart body - The source, year and details.
 * @csspart source - The source name, a link when `href` is set.
 * @csspart backlink - Each link back to a reference (role `doc-backlink`).
 *
 * @cssproperty --alima-footnote-link-color - Colour of the source and back links.
 * @cssproperty --alima-footnote-target-background - Background of the note a marker just led to.
 *
 * @status experimental
 * @since 0.1.0
 */
export class AlimaFootnote extends LitElement implements NoteEntry {
  static override styles = [hostStyles, a11yStyles, styles];

  // `id` is a native attribute, not a Lit property: watch it to renumber when it changes.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    // The server has no connectedCallback: give the server-rendered list its item role here.
    if (isServer) this.setAttribute('role', 'listitem');
  }

  /** Who published the figure, e.g. `World Bank`. */
  @property() source = '';

  /** When it was published, e.g. `2020`. */
  @property() year = '';

  /** Where to read the source: an `https:` or relative URL (others are refused). */
  @property() href = '';

  @state() private number: number | undefined;
  @state() private backlinks: readonly Backlink[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Inside `<alima-footnotes>`' list; an author's own role wins.
    if (!this.hasAttribute('role')) this.setAttribute('role', 'listitem');
    addNote(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeNote(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'id' && old !== value && this.isConnected) footnotesChanged();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!isServer && changed.has('href') && this.href) {
      const check = checkUrl(this.href);
      if (!check.ok) warnOnce(this, 'unsafe-href', describeUnsafeUrl(check, this.href));
    }
  }

  /** @internal Called by the footnote registry. */
  showNumber(number: number | undefined, backlinks: readonly Backlink[]): void {
    this.number = number;
    this.backlinks = backlinks;
  }

  override render() {
    const shown = this.number === undefined ? '' : this.localize.number(this.number);
    return html`<span class="number" part="number">${shown ? `${shown}.` : ''}</span
      ><span class="body" part="body"
        >${this.renderSource()}${this.year ? `, ${this.year}` : ''} <slot></slot></span
      >${this.backlinks.map((backlink) => this.renderBacklink(backlink, shown))}`;
  }

  private renderSource() {
    if (!this.source) return nothing;
    const check = checkUrl(this.href);
    return check.ok
      ? html`<a class="source" part="source" href=${check.url}>${this.source}</a>`
      : html`<cite class="source" part="source">${this.source}</cite>`;
  }

  private renderBacklink(backlink: Backlink, number: string) {
    return html`<a class="backlink" part="backlink" href="#${backlink.anchorId}" role="doc-backlink"
      ><span aria-hidden="true">↩${backlink.letter}</span
      ><span class="visually-hidden"
        >${this.localize.strings.backToReference(number + backlink.letter)}</span
      ></a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alima-footnote': AlimaFootnote;
  }
}
