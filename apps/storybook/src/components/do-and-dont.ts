import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '@alima/components';
import { sayIn } from '../../.storybook/toolbar-language.js';
import { doAndDont } from './do-and-dont-examples.js';
import '../docs-blocks.css';

// The examples sit in the page's English guidance; "Use it" gives their code in the toolbar's language.
const inEnglish = sayIn('en');

const listeners = new Set<DoAndDont>();
const consoleWarn = console.warn.bind(console);

/**
 * The elements warn with `console.warn(message, element)`. Each block listens
 * for warnings about the elements it rendered, so a "don't" shows the warning
 * a developer would get; the console still receives it.
 */
console.warn = (...args: unknown[]) => {
  const [message, subject] = args;
  if (typeof message === 'string' && subject instanceof Element) {
    for (const block of listeners) block.heard(message, subject);
  }
  consoleWarn(...args);
};

/**
 * The "Do and don't" examples of a component page, rendered for real: each
 * with a caption that says why, and for a don't the development warnings its
 * elements gave. Each example is a footnote scope, so its notes number from 1.
 *
 * @summary A component page's do and don't examples.
 */
@customElement('do-and-dont')
export class DoAndDont extends LitElement {
  /** The element whose examples to show, e.g. `alima-stat-card`. */
  @property() tag = '';

  /** Warnings heard per example, by index. */
  @state() private warnings: readonly string[][] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    listeners.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    listeners.delete(this);
  }

  /** Records a warning about an element inside one of this block's examples. */
  heard(message: string, subject: Element): void {
    const figures = [...this.querySelectorAll(':scope > figure')];
    const index = figures.findIndex((figure) => figure.contains(subject));
    if (index === -1 || this.warnings[index]?.includes(message)) return;
    const warnings = figures.map((_, at) => [...(this.warnings[at] ?? [])]);
    warnings[index]?.push(message);
    this.warnings = warnings;
  }

  protected override render() {
    const examples = doAndDont[this.tag];
    if (!examples) throw new Error(`No do and don't examples for <${this.tag}>`);
    return examples.map((entry, index) => {
      const warnings = entry.kind === 'dont' ? (this.warnings[index] ?? []) : [];
      return html`<figure class="guidance-example guidance-example--${entry.kind}">
        <div class="guidance-example__render" footnote-scope>${entry.example(inEnglish)}</div>
        <figcaption>
          <strong>${entry.kind === 'dont' ? 'Don’t' : 'Do'}:</strong> ${entry.caption}
          ${
            warnings.length
              ? html`<p class="guidance-example__warning">
                  Development warning: ${warnings.map((warning) => html`<code>${warning}</code>`)}
                </p>`
              : nothing
          }
        </figcaption>
      </figure>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'do-and-dont': DoAndDont;
  }
}
