import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { tokensUnder } from './token-entries.js';
import { tokenTable } from './token-table.js';
import '../docs-blocks.css';
import './foundations.css';

/**
 * The spacing, radius and elevation tokens, each drawn at its real size.
 *
 * @summary Spacing foundations, generated from the tokens.
 */
@customElement('spacing-scale')
export class SpacingScale extends LitElement {
  // Light DOM, so the docs theme's typography applies.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return html`<h2>Space</h2>
      ${tokenTable('Spacing scale', tokensUnder('space'), {
        heading: 'Drawn',
        draw: (cssVar) => html`<span class="space-bar" style="inline-size: var(${cssVar})"></span>`,
      })}
      <h2>Radii</h2>
      ${tokenTable('Corner radii', tokensUnder('radius'), {
        heading: 'Drawn',
        draw: (cssVar) => html`<span class="shape-sample" style="border-radius: var(${cssVar})"></span>`,
      })}
      <h2>Elevation</h2>
      ${tokenTable('Shadows', tokensUnder('shadow'), {
        heading: 'Drawn',
        draw: (cssVar) => html`<span class="shape-sample" style="box-shadow: var(${cssVar})"></span>`,
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spacing-scale': SpacingScale;
  }
}
