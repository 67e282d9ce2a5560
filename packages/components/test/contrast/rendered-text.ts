/** A run of visible text as Chromium paints it, with the colours and size that decide its contrast minimum. */
export interface RenderedText {
  text: string;
  /** The element around the text, and its host when it is in a shadow root, e.g. `alima-stat-card > span[part=value]`. */
  where: string;
  color: string;
  background: string;
  large: boolean;
}

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = value.startsWith('rgba') ? (numbers[3] ?? 1) : 1] = numbers;
  return [r, g, b, a];
}

// The page may live in an iframe, another realm: no `instanceof Element` or global getComputedStyle.
const styleOf = (element: Element) => (element.ownerDocument.defaultView as Window).getComputedStyle(element);
const shadowHost = (node: Node | null) => (node && 'host' in node ? (node as ShadowRoot).host : null);

/** The next box outward in the flat tree: a slotted node's slot, a shadow root's host. */
function flatParent(element: Element): Element | null {
  return element.assignedSlot ?? element.parentElement ?? shadowHost(element.parentNode);
}

/**
 * The first painted background behind `element`, walking out through slots and
 * shadow roots. A translucent one (the credit over a photo) is returned as is:
 * the contrast check then assumes the worst photo behind it.
 */
function backgroundBehind(element: Element): string {
  for (let box: Element | null = element; box; box = flatParent(box)) {
    const background = styleOf(box).backgroundColor;
    if (parseColor(background)[3] > 0) return background;
  }
  return 'rgb(255, 255, 255)';
}

function describe(element: Element): string {
  const host = shadowHost(element.getRootNode());
  const self = `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`;
  return host ? `${host.localName} > ${self}` : self;
}

/** Text hidden from sight but kept for screen readers (clipped to nothing) has no contrast to meet. */
function visuallyHidden(element: Element): boolean {
  const style = styleOf(element);
  return style.clipPath === 'inset(50%)' || (element.clientWidth <= 1 && style.overflow === 'hidden');
}

/**
 * Every text run painted under `root`, light DOM and shadow roots alike, with
 * the colour it is drawn in and the background it is drawn on.
 */
export function renderedText(root: Element): RenderedText[] {
  const found: RenderedText[] = [];
  const visit = (scope: Node) => {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) visit(shadow);
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const element = node.parentElement;
      if (!element) continue;
      const range = doc.createRange();
      range.selectNodeContents(node);
      // Text that is not slotted, or inside display: none, has no boxes: it is not painted.
      if (range.getClientRects().length === 0) continue;
      if (visuallyHidden(element)) continue;
      const style = styleOf(element);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      found.push({
        text: node.textContent.trim(),
        where: describe(element),
        color: style.color,
        background: backgroundBehind(element),
        // WCAG: 18pt (24px), or 14pt (18.66px) bold.
        large: size >= 24 || (bold && size >= 18.66),
      });
    }
  };
  visit(root);
  return found;
}

/** `rgb()` or `rgba()` as `#rrggbb` or `#rrggbbaa`, the form `@alima/tokens`' contrast functions read. */
export function hex(color: string): string {
  const [r, g, b, a] = parseColor(color);
  const channels = a === 1 ? [r, g, b] : [r, g, b, a * 255];
  return `#${channels.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
