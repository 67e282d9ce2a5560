import { html, type TemplateResult } from 'lit';
import type { TokenEntry } from '@alima/tokens';

/** A table of tokens, each with its value, a sample drawn with it, and what it is for. */
export function tokenTable(
  caption: string,
  entries: readonly TokenEntry[],
  sample: { heading: string; draw: (cssVar: string) => TemplateResult },
) {
  return html`<table class="token-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Value</th>
        <th scope="col">${sample.heading}</th>
        <th scope="col">Use</th>
      </tr>
    </thead>
    <tbody>
      ${entries.map(
        (entry) =>
          html`<tr>
            <th scope="row"><code>${entry.cssVar}</code></th>
            <td class="token-value">${entry.value}</td>
            <td>${sample.draw(entry.cssVar)}</td>
            <td>${entry.description}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
