import { afterEach } from 'vitest';
import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/**
 * Puts `html` on the page inside a `<div>` and waits until every Lit element
 * in it has rendered. Returns the first element child; `container` holds them all.
 * Fixtures are removed after each test.
 */
export async function fixture<T extends Element = HTMLElement>(
  html: string,
  { lang = 'en' }: { lang?: string } = {},
): Promise<T> {
  const container = document.createElement('div');
  container.lang = lang;
  container.innerHTML = html;
  document.body.append(container);
  mounted.push(container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits until every Lit element under `root` (and `root` itself) has finished updating. */
export async function settle(root: Element): Promise<void> {
  const elements = [root, ...root.querySelectorAll('*')].filter(
    (el): el is LitElement => 'updateComplete' in el,
  );
  await Promise.all(elements.map((el) => el.updateComplete));
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});
