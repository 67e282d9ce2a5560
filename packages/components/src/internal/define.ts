/**
 * Registers an element unless that name is already taken, so a page that
 * loads both the CDN bundle and a bundled copy does not throw
 * "this name has already been used".
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, constructor);
}
