import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// The components' example page, which `@alima/render` generates from the Mali draft
// (packages/charter-lint/test/fixtures/mali.md, the one copy of the page): the
// Storybook page is the page the draft gives, not markup written again here.
import maliExample from '../../../../packages/components/examples/mali.html?raw';
import './country-page.css';

/** The generated page's content, without its CDN head (Storybook loads the elements itself). */
const main = new DOMParser().parseFromString(maliExample, 'text/html').querySelector('main');
if (!main) throw new Error('packages/components/examples/mali.html has no <main>');

/** The seed country page (Mali): the draft rendered by `remarkAlima`, every element from the components. */
export function maliCountryPage() {
  return html`<article class="country-page">${unsafeHTML(main?.innerHTML)}</article>`;
}

/** The page's key figures and source list alone, as the draft gives them. */
export function maliKeyFigures() {
  const parts = [...(main?.querySelectorAll(':scope > alima-stat-group, :scope > alima-footnotes') ?? [])];
  return html`<div class="country-page">${unsafeHTML(parts.map((part) => part.outerHTML).join('\n'))}</div>`;
}
