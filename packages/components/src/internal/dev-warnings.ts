const warned = new WeakMap<object, Set<string>>();
let enabled = true;

/**
 * Turns development warnings on or off for the whole page (on by default).
 * Production sites that audit with the reflected attributes (`unsourced`, …)
 * can silence the console.
 */
export function setDevWarnings(on: boolean): void {
  enabled = on;
}

/**
 * Warns once per element and problem, naming the element, so a page with a
 * hundred unsourced figures gives a hundred lines, not thousands on re-render.
 */
export function warnOnce(element: Element, code: string, message: string): void {
  if (!enabled) return;
  let codes = warned.get(element);
  if (!codes) warned.set(element, (codes = new Set()));
  if (codes.has(code)) return;
  codes.add(code);
  console.warn(`<${element.localName}> ${message}`, element);
}

/** Forgets what was warned about, so a fixed-then-broken element warns again. */
export function resetWarning(element: Element, code: string): void {
  warned.get(element)?.delete(code);
}
