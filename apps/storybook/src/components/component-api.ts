import { html, LitElement, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { inlineMarkdown } from '../writing-rules/markdown.js';
import { attributesOf, elementDoc, type ApiItem } from './element-manifest.js';
import '../docs-blocks.css';

/** The API sections of a component page, in the order a developer looks for them. */
export const API_SECTIONS = [
  'Attributes and properties',
  'Slots',
  'CSS parts',
  'CSS custom properties',
  'Events',
] as const;

const code = (text: string | undefined) => (text ? html`<code>${text}</code>` : '');
const describe = (item: ApiItem) => inlineMarkdown(item.description ?? '');

function table(
  caption: string,
  headings: readonly string[],
  items: readonly ApiItem[],
  cells: (item: ApiItem) => (TemplateResult | string)[],
) {
  if (items.length === 0) return html`<p>None.</p>`;
  return html`<div class="api-table">
    <table>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${headings.map((heading) => html`<th scope="col">${heading}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${items.map((item) => {
          const [first, ...rest] = cells(item);
          return html`<tr>
            <th scope="row">${first}</th>
            ${rest.map((cell) => html`<td>${cell}</td>`)}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/**
 * The API of one element, read from @alima/components' custom-elements.json:
 * attributes (with the property each sets), slots, CSS parts, CSS custom
 * properties and events, each under its own heading, so a name shared by an
 * attribute and a part (the stat card's `label`) appears in both, never one
 * over the other. A section an element lacks says "None." rather than vanishing.
 *
 * @summary A component page's API tables, generated from the manifest.
 */
@customElement('component-api')
export class ComponentApi extends LitElement {
  /** The element to document, e.g. `alima-stat-card`. */
  @property() tag = '';

  // Light DOM, so the docs theme's headings and tables apply.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    const element = elementDoc(this.tag);
    const [attributes, slots, parts, cssProperties, events] = API_SECTIONS;
    return html`<h3>${attributes}</h3>
      ${table(
        `${attributes} of <${this.tag}>`,
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributesOf(element),
        (item) => [
          code(item.name),
          code(item.fieldName),
          code(item.type?.text),
          code(item.default),
          html`${describe(item)}`,
        ],
      )}
      <h3>${slots}</h3>
      ${table(`${slots} of <${this.tag}>`, ['Slot', 'Description'], element.slots ?? [], (item) => [
        item.name ? code(item.name) : html`(default)`,
        html`${describe(item)}`,
      ])}
      <h3>${parts}</h3>
      ${table(`${parts} of <${this.tag}>`, ['Part', 'Description'], element.cssParts ?? [], (item) => [
        code(item.name),
        html`${describe(item)}`,
      ])}
      <h3>${cssProperties}</h3>
      ${table(
        `${cssProperties} of <${this.tag}>`,
        ['Property', 'Default', 'Description'],
        element.cssProperties ?? [],
        (item) => [code(item.name), code(item.default), html`${describe(item)}`],
      )}
      <h3>${events}</h3>
      ${table(
        `${events} of <${this.tag}>`,
        ['Event', 'Detail', 'Description'],
        element.events ?? [],
        (item) => [code(item.name), code(item.type?.text), html`${describe(item)}`],
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'component-api': ComponentApi;
  }
}
