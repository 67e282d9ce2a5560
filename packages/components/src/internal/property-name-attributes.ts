import { ReactiveElement } from 'lit';

/**
 * Makes each dash-case attribute also answer to its property's name in lower
 * case: `headinglevel` for `heading-level` (property `headingLevel`).
 *
 * React 19 writes a prop as an attribute of the same name whenever the
 * element has no such property yet: always in server HTML, and on the client
 * before the element is defined. `<alima-stat-group headingLevel={3}>` thus
 * becomes `headinglevel="3"` (HTML lowercases attribute names), which Lit
 * would ignore. Properties set on an element before it is defined are
 * already kept by Lit, which re-applies them on upgrade.
 */
export function acceptPropertyNameAttributes(element: typeof ReactiveElement): void {
  // Lit's own getter, called on the class asked, so a subclass still observes its own attributes.
  const observed = Object.getOwnPropertyDescriptor(ReactiveElement, 'observedAttributes')?.get;
  if (!observed) return;
  observed.call(element); // finalizes the class, filling elementProperties
  const aliases = new Map<string, string>();
  for (const [name, options] of element.elementProperties) {
    const attribute = options.attribute;
    if (typeof name === 'string' && typeof attribute === 'string' && attribute !== name.toLowerCase())
      aliases.set(name.toLowerCase(), attribute);
  }
  if (aliases.size === 0) return;
  Object.defineProperty(element, 'observedAttributes', {
    configurable: true,
    get(this: typeof ReactiveElement) {
      return [...(observed.call(this) as string[]), ...aliases.keys()];
    },
  });
  const attributeChanged = element.prototype.attributeChangedCallback;
  element.prototype.attributeChangedCallback = function (name, old, value) {
    attributeChanged.call(this, aliases.get(name) ?? name, old, value);
  };
}
