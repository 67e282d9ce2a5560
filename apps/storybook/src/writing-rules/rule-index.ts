import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ruleIds, rules } from '@alima/charter-lint';
import { inlineMarkdown } from './markdown.js';
import { ruleHref } from './rule-link.js';
import '../docs-blocks.css';

/**
 * The list of rules, in the catalogue's order, each linking to its page.
 *
 * @summary The rule book's table of contents, generated from the catalogue.
 */
@customElement('rule-index')
export class RuleIndex extends LitElement {
  // Light DOM, so the page takes the docs theme's typography.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return html`<table class="token-table">
      <caption class="visually-hidden">
        Every charter-lint rule
      </caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">What it asks</th>
          <th scope="col">Default</th>
          <th scope="col">Fixable</th>
        </tr>
      </thead>
      <tbody>
        ${rules.map(
          ({ meta }) =>
            html`<tr>
              <th scope="row">
                <a href=${ruleHref(meta.id, ruleIds)?.href ?? ''} target="_top"><code>${meta.id}</code></a>
              </th>
              <td>${inlineMarkdown(meta.summary)}</td>
              <td><span class="severity severity--${meta.defaultSeverity}">${meta.defaultSeverity}</span></td>
              <td>${meta.fixable ? 'Yes' : 'No'}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rule-index': RuleIndex;
  }
}
