import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { tokensUnder } from './token-entries.js';
import { tokenTable } from './token-table.js';
import '../docs-blocks.css';
import './foundations.css';

/** A line in both languages, since French runs about 30 % longer and the scale must hold both. */
const SAMPLE = {
  en: '3.5 million people face food insecurity',
  fr: '3,5 millions de personnes en insécurité alimentaire',
};

/**
 * The typography tokens, each shown as it renders: families, the size scale
 * with an English and a French sample, line heights and weights.
 *
 * @summary Typography foundations, generated from the tokens.
 */
@customElement('type-scale')
export class TypeScale extends LitElement {
  // Light DOM, so the docs theme's typography applies around the samples.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    const sample = (draw: (cssVar: string) => ReturnType<typeof html>) => ({ heading: 'Sample', draw });
    return html`<h2>Families</h2>
      ${tokenTable(
        'Font families: system fonts, so pages download none',
        tokensUnder('font', 'family'),
        sample((cssVar) => html`<span style="font-family: var(${cssVar})">${SAMPLE.en}</span>`),
      )}
      <h2>Sizes</h2>
      ${tokenTable(
        'Font sizes, each with an English and a French sample',
        tokensUnder('font', 'size'),
        sample(
          // The size sits on each sample itself: Storybook's docs styles give every span a size of its own.
          (cssVar) =>
            html`<span lang="en" style="font-size: var(${cssVar}); line-height: 1.2">${SAMPLE.en}</span
              ><br /><span lang="fr" style="font-size: var(${cssVar}); line-height: 1.2">${SAMPLE.fr}</span>`,
        ),
      )}
      <h2>Line heights</h2>
      ${tokenTable(
        'Line heights',
        tokensUnder('font', 'line-height'),
        sample(
          (cssVar) =>
            html`<p class="type-sample--narrow" style="line-height: var(${cssVar})">
              ${SAMPLE.en}. ${SAMPLE.en}.
            </p>`,
        ),
      )}
      <h2>Weights</h2>
      ${tokenTable(
        'Font weights',
        tokensUnder('font', 'weight'),
        sample((cssVar) => html`<span style="font-weight: var(${cssVar})">${SAMPLE.en}</span>`),
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'type-scale': TypeScale;
  }
}
