import type { ReactiveElement } from 'lit';
import { acceptPropertyNameAttributes } from './property-name-attributes.js';

/**
 * Registers an element unless that name is already taken, so a page that
 * loads both the CDN bundle and a bundled copy does not throw
 * "this name has already been used". Its camelCase properties also accept
 * their lowercase names as attributes, as React writes them.
 */
export function defineElement(
  name: string,
  constructor: typeof ReactiveElement & CustomElementConstructor,
): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  acceptPropertyNameAttributes(constructor);
  customElements.define(name, constructor);
}
