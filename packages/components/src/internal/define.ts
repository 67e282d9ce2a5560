import type { ReactiveElement } from 'lit';

/**
 * Registers an element unless that name is already taken, so a page that
 * loads both the CDN bundle and a bundled copy does not throw
 * "this name has already been used". `prepare` adapts the class just before
 * it is defined: an element with camelCase properties passes
 * `acceptPropertyNameAttributes` (property-name-attributes.ts), so only the
 * elements that need React's lowercase attribute names ship that code (a test
 * checks that every element that needs it has it).
 */
export function defineElement<T extends typeof ReactiveElement & CustomElementConstructor>(
  name: string,
  constructor: T,
  prepare?: (constructor: T) => void,
): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  prepare?.(constructor);
  customElements.define(name, constructor);
}
