import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../docs-blocks.css';

const examples = new Set<GuidanceExample>();
const consoleWarn = console.warn.bind(console);

/**
 * The elements warn with `console.warn(message, element)`. Each example
 * listens for warnings about the elements it holds, so a "don't" shows the
 * warning a developer would get; the console still receives it.
 */
console.warn = (...args: unknown[]) => {
  const [message, subject] = args;
  if (typeof message === 'string' && subject instanceof Node) {
    for (const example of examples) if (example.contains(subject)) example.heard(message);
  }
  consoleWarn(...args);
};

/**
 * A rendered do or don't on a component page: the example (its children,
 * left in place), then a caption that says why, and for a don't the development warnings its
 * elements gave. It is a footnote scope, so its notes number from 1.
 *
 * @summary One do or don't example with its reason.
 */
@customElement('guidance-example')
export class GuidanceExample extends LitElement {
  /** `do` for the right way, `dont` for a mistake. */
  @property() kind: 'do' | 'dont' = 'do';

  /** Why, in one sentence. */
  @property() caption = '';

  @state() private warnings: string[] = [];

  // Light DOM, after the example: the children stay where the page (React, in MDX) put them.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('footnote-scope', '');
    this.classList.add('guidance-example', `guidance-example--${this.kind}`);
    examples.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    examples.delete(this);
  }

  /** Records a warning about one of this example's elements. */
  heard(message: string): void {
    if (!this.warnings.includes(message)) this.warnings = [...this.warnings, message];
  }

  protected override render() {
    const dont = this.kind === 'dont';
    return html`<div class="guidance-example__caption">
      <p><strong>${dont ? 'Don’t' : 'Do'}:</strong> ${this.caption}</p>
      ${
        dont && this.warnings.length
          ? html`<p class="guidance-example__warning">
              <span>Development warning:</span>
              ${this.warnings.map((warning) => html`<code>${warning}</code>`)}
            </p>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'guidance-example': GuidanceExample;
  }
}
