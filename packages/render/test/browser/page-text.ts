import type { Page } from 'playwright';

/**
 * The page's text as the flat tree reads it: light DOM, each shadow root in
 * place of its host's children, slots replaced by what they show. Spaces
 * collapsed, one line per block-ish break; styles and scripts left out.
 */
export function flatText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof Element) && !(node instanceof DocumentFragment)) return;
      if (node instanceof Element && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        for (const child of assigned.length > 0 ? assigned : [...node.childNodes]) walk(child);
        return;
      }
      const root = node instanceof Element ? node.shadowRoot : null;
      for (const child of root ? [...root.childNodes] : [...node.childNodes]) walk(child);
      if (node instanceof Element && getComputedStyle(node).display.startsWith('block')) parts.push('\n');
    };
    walk(document.body);
    return parts
      .join('')
      .replace(/[ \t\u00a0\u202f]+/gu, ' ')
      .replace(/\s*\n\s*/gu, '\n')
      .trim();
  });
}
