import { html, isServer, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { a11yStyles } from '../internal/a11y.styles.js';
import { warnOnce } from '../internal/dev-warnings.js';
import { hostStyles } from '../internal/host-styles.js';
import { LocalizeController } from '../internal/localize.js';
import { footnoteStrings } from '../internal/translations.js';
import { checkUrl, describeUnsafeUrl } from '../internal/safe-url.js';
import styles from './footnote.styles.js';
import {
  addNote,
  footnotesChanged,
  numberNow,
  prepareBacklink,
  removeNote,
  serverFootnotes,
  type Backlink,
  type NoteEntry,
} from '../internal/footnote-registry.js';

/**
 * One source in `<alima-footnotes>`: who published a figure, when, and where
 * to read it. Its `id` is what `<alima-footnote-ref footnote="…">` cites; because ids do
 * not cross shadow roots, the id stays on this light-DOM element, which is also
 * the target of the markers' links. It links back to every reference. In
 * print it shows its source's URL after the source's name, and no back links.
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
  static override properties: PropertyDeclarations = {
    source: {},
    year: {},
    href: {},
    number: { state: true, attribute: false },
    backlinks: { state: true, attribute: false },
  };

  // `id` is a native attribute, not a Lit property: watch it to renumber when it changes.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  private readonly localize = new LocalizeController(this, footnoteStrings);

  /** Server HTML (a declarative shadow root) is there before the first render: hydrate with its numbers. */
  private readonly serverRendered = !isServer && this.shadowRoot !== null;

  constructor() {
    super();
    // An item of `<alima-footnotes>`' list. Set through ElementInternals, not
    // as an attribute, so the element never changes the markup a framework
    // rendered (React reports extra attributes when it hydrates); an author's
    // `role` attribute still wins. The server writes it out as an attribute.
    this.attachInternals().role = 'listitem';
  }

  /** Who published the figure, e.g. `World Bank`. */
  source = '';

  /** When it was published, e.g. `2020`. */
  year = '';

  /** Where to read the source: an `https:` or relative URL (others are refused). */
  href = '';

  private number: number | undefined;
  private backlinks: readonly Backlink[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
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
    if (!this.hasUpdated && isServer) {
      const { number, backlinks } = serverFootnotes.note(this.getAttribute('id') ?? '');
      this.showNumber(number, backlinks);
    } else if (!this.hasUpdated && this.serverRendered) {
      numberNow();
    }
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
    // The number is isolated left to right, so a right-to-left page shows "1." and not ".1".
    return html`<span class="number" part="number" dir="ltr">${shown ? `${shown}.` : ''}</span
      ><span class="body" part="body"
        >${this.renderSource()}${this.year ? `, ${this.year}` : ''}${this.source || this.year ? '. ' : ''}<slot
        ></slot></span
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
    return html`<a
      class="backlink"
      part="backlink"
      href="#${backlink.anchorId}"
      role="doc-backlink"
      @click=${() => prepareBacklink(backlink.anchorId)}
      ><span aria-hidden="true"><span class="arrow">↩</span>${backlink.letter}</span
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
