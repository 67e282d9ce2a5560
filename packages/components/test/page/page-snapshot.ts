import type { Page } from 'playwright';
import { buildAxTree, type AxNode, type RawAxNode } from '../../src/internal/test/ax-nodes.js';

/** Chromium's full accessibility tree of the page, read over Playwright's CDP session. */
export async function pageAccessibilityTree(page: Page): Promise<AxNode> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as unknown as {
      nodes: RawAxNode[];
    };
    return buildAxTree(nodes);
  } finally {
    await session.detach();
  }
}

/** What each ALIMA element of the page shows and links to, in document order. */
export interface ElementSnapshot {
  tag: string;
  id: string;
  /** The text of its shadow root (styles left out), spaces collapsed. */
  text: string;
  /** Every link's href in its shadow root. */
  hrefs: string[];
}

/** Reads every ALIMA element's rendered text, id and links; works with JavaScript off (Playwright evaluates in its own world). */
export function snapshotElements(page: Page): Promise<ElementSnapshot[]> {
  return page.$$eval('body *', (elements) =>
    elements
      .filter((element) => element.localName.startsWith('alima-'))
      .map((element) => {
        const root = element.shadowRoot;
        const clone = root ? document.createElement('div') : null;
        if (root && clone) {
          for (const node of root.childNodes) clone.append(node.cloneNode(true));
          for (const style of clone.querySelectorAll('style')) style.remove();
        }
        return {
          tag: element.localName,
          id: element.id,
          text: (clone?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          hrefs: [...(root?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? ''),
        };
      }),
  );
}
