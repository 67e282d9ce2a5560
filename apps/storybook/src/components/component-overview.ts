import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { markdown } from '../writing-rules/markdown.js';
import { elementDoc } from './element-manifest.js';
import '../docs-blocks.css';

/**
 * The top of a component page: the element's description (its JSDoc body,
 * through the manifest), its status, the version it arrived in, and the line
 * that imports it.
 *
 * @summary A component page's overview, generated from the manifest.
 */
@customElement('component-overview')
export class ComponentOverview extends LitElement {
  /** The element to describe, e.g. `alima-stat-card`. */
  @property() tag = '';

  /** The module that registers it, e.g. `stat-card.js`. */
  @property() entry = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    const element = elementDoc(this.tag);
    return html`${markdown(element.description)}
      <dl class="rule-page__facts">
        <div>
          <dt>Element</dt>
          <dd><code>&lt;${this.tag}&gt;</code></dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>${element.status ?? 'experimental'}</dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>${element.since ?? '0.1.0'}</dd>
        </div>
        <div>
          <dt>Import</dt>
          <dd><code>import '@alima/components/${this.entry}';</code></dd>
        </div>
      </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'component-overview': ComponentOverview;
  }
}
