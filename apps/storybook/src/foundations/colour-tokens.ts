import { html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  contrastKinds,
  contrastPairs,
  contrastRatio,
  type ContrastPair,
  type TokenEntry,
} from '@alima/tokens';
import { token, tokensUnder } from './token-entries.js';
import '../docs-blocks.css';
import './foundations.css';

type Theme = 'light' | 'dark';

const valueIn = (entry: TokenEntry, theme: Theme): string =>
  theme === 'dark' ? (entry.dark ?? entry.value) : entry.value;

const KIND_NAMES = { text: 'Text', 'large-text': 'Large text', ui: 'Control or focus boundary' } as const;

/**
 * The colour tokens as swatches: the semantic colours in both themes, every
 * pair the components paint with its contrast ratio, then the palette. Names,
 * values, descriptions and pairs come from the built `@alima/tokens`.
 *
 * @summary Colour foundations, generated from the tokens.
 */
@customElement('colour-tokens')
export class ColourTokens extends LitElement {
  // Light DOM, so the docs theme's typography applies.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private renderRatio(pair: ContrastPair, theme: Theme) {
    const ratio = contrastRatio(valueIn(token(pair.fg), theme), valueIn(token(pair.bg), theme));
    const passes = ratio >= contrastKinds[pair.kind];
    return html`<td class="contrast contrast--${passes ? 'pass' : 'fail'}">
      <strong>${ratio.toFixed(2)}:1</strong> ${passes ? 'passes' : 'fails'}
    </td>`;
  }

  private renderPairs() {
    return html`<table class="token-table">
      <caption>
        Every colour pair the components paint, with its WCAG 2.2 AA minimum and its contrast in each theme
      </caption>
      <thead>
        <tr>
          <th scope="col">Sample</th>
          <th scope="col">Pair</th>
          <th scope="col">Where</th>
          <th scope="col">Minimum</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        ${contrastPairs.map(
          (pair) =>
            html`<tr>
              <td>
                ${
                  pair.kind === 'ui'
                    ? html`<span
                        class="pair-sample pair-sample--ui"
                        style="border-color: var(--alima-${pair.fg}); background: var(--alima-${pair.bg})"
                      ></span>`
                    : html`<span
                        class="pair-sample pair-sample--${pair.kind}"
                        style="color: var(--alima-${pair.fg}); background: var(--alima-${pair.bg})"
                        >Aa</span
                      >`
                }
              </td>
              <th scope="row"><code>${pair.fg}</code> on <code>${pair.bg}</code></th>
              <td>${pair.usage}</td>
              <td>${KIND_NAMES[pair.kind]}: ${contrastKinds[pair.kind]}:1</td>
              ${this.renderRatio(pair, 'light')} ${this.renderRatio(pair, 'dark')}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderSemantic() {
    return html`<table class="token-table">
      <caption>
        Semantic colours, as the components use them
      </caption>
      <thead>
        <tr>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">Token</th>
          <th scope="col">Forced colours</th>
          <th scope="col">Use</th>
        </tr>
      </thead>
      <tbody>
        ${tokensUnder('color')
          .filter((entry) => entry.path.length === 2)
          .map(
            (entry) =>
              html`<tr>
                <td><span class="swatch__chip" style="background: ${entry.value}"></span></td>
                <td><span class="swatch__chip" style="background: ${valueIn(entry, 'dark')}"></span></td>
                <th scope="row">
                  <code>${entry.cssVar}</code><br />
                  <span class="token-value"
                    >${entry.value}${entry.aliasOf ? ` = {${entry.aliasOf}}` : ''}</span
                  >
                  ${entry.dark ? html`<br /><span class="token-value">dark: ${entry.dark}</span>` : nothing}
                </th>
                <td>${entry.forcedColor ? html`<code>${entry.forcedColor}</code>` : '—'}</td>
                <td>${entry.description}</td>
              </tr>`,
          )}
      </tbody>
    </table>`;
  }

  private renderPalette() {
    const palette = tokensUnder('color').filter((entry) => entry.path.length === 3 && !entry.aliasOf);
    const families = new Map<string, TokenEntry[]>();
    for (const entry of palette)
      families.set(entry.path[1] ?? '', [...(families.get(entry.path[1] ?? '') ?? []), entry]);
    const white = token('color-surface').value;
    return [...families].map(
      ([family, members]) =>
        html`<h3>${family}</h3>
          <p>${members[0]?.description ?? nothing}</p>
          <ul class="swatches" aria-label="${family} palette">
            ${members.map(
              (entry) =>
                html`<li class="swatch">
                  <span class="swatch__chip" style="background: ${entry.value}"></span>
                  <code>${entry.path[2]}</code>
                  <span class="token-value">${entry.value}</span>
                  <span>${contrastRatio(entry.value, white).toFixed(2)}:1 on the surface</span>
                </li>`,
            )}
          </ul>`,
    );
  }

  protected override render() {
    return html`<h2>Semantic colours</h2>
      <p>
        Components use these names, never palette steps, so that the dark theme and forced colours can swap
        them.
      </p>
      ${this.renderSemantic()}
      <h2>Contrast</h2>
      <p>
        WCAG 2.2 AA asks 4.5:1 for text, 3:1 for large text and for the boundaries of controls and focus
        indicators. The tokens' own tests check each pair below in both themes; the samples follow the Surface
        switch.
      </p>
      ${this.renderPairs()}
      <h2>Palette</h2>
      ${this.renderPalette()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'colour-tokens': ColourTokens;
  }
}
