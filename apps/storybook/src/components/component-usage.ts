import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { onToolbarLanguage, sayIn, toolbarLanguage } from '../../.storybook/toolbar-language.js';
import { doAndDont } from './do-and-dont-examples.js';
import { usageSnippets, type UsageSnippets } from './usage-snippets.js';
import '../docs-blocks.css';

const TABS = [
  ['html', 'HTML'],
  ['react', 'React'],
  ['server', 'Server rendering'],
] as const satisfies readonly (readonly [keyof UsageSnippets, string])[];

/**
 * The code to use an element, from the page's first "do" example: plain HTML
 * for a CMS page, React 19 JSX, and server rendering with `@lit-labs/ssr`,
 * as tabs (arrow keys move between them, as in any tab list). The code is
 * written in the toolbar's language, French links and labels for French.
 *
 * @summary A component page's "Use it" code, in three tabs.
 */
@customElement('component-usage')
export class ComponentUsage extends LitElement {
  /** The element whose usage to show, e.g. `alima-stat-card`. */
  @property() tag = '';

  @state() private selected: keyof UsageSnippets = 'html';

  private stopFollowing?: () => void;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowing = onToolbarLanguage(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing?.();
  }

  private select(tab: keyof UsageSnippets, focus = false): void {
    this.selected = tab;
    if (focus)
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#usage-tab-${tab}`)?.focus());
  }

  private onKeydown(event: KeyboardEvent): void {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const index = TABS.findIndex(([tab]) => tab === this.selected);
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (next) this.select(next[0], true);
    event.preventDefault();
  }

  protected override render() {
    const example = doAndDont[this.tag]?.find((entry) => entry.kind === 'do');
    if (!example) throw new Error(`No "do" example for <${this.tag}>`);
    const snippets = usageSnippets(example.example(sayIn(toolbarLanguage())));
    return html`<div class="component-usage">
      <div role="tablist" aria-label=${`Code to use the ${this.tag} element`} @keydown=${this.onKeydown}>
        ${TABS.map(
          ([tab, label]) =>
            html`<button
              type="button"
              role="tab"
              id="usage-tab-${tab}"
              aria-controls="usage-panel"
              aria-selected=${this.selected === tab ? 'true' : 'false'}
              tabindex=${this.selected === tab ? 0 : -1}
              @click=${() => this.select(tab)}
            >
              ${label}
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="usage-panel" aria-labelledby="usage-tab-${this.selected}" tabindex="0">
        <pre><code>${snippets[this.selected]}</code></pre>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'component-usage': ComponentUsage;
  }
}
