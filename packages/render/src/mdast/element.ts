import type { Properties } from 'hast';
import type { PhrasingContent, RootContent } from 'mdast';

/**
 * An mdast node that remark-rehype turns into the HTML element `name`
 * (through `data.hName`), so the plugins work in any remark → rehype
 * pipeline without raw HTML.
 */
export interface ElementNode {
  type: 'alimaElement';
  data: { hName: string; hProperties: Properties };
  children: (PhrasingContent | RootContent)[];
}

/** Builds an element node; properties that are `undefined` are left out. */
export function element(
  name: string,
  properties: Record<string, string | number | undefined>,
  children: (PhrasingContent | RootContent | ElementNode)[] = [],
): ElementNode {
  const hProperties: Properties = {};
  for (const [key, value] of Object.entries(properties)) if (value !== undefined) hProperties[key] = value;
  return {
    type: 'alimaElement',
    data: { hName: name, hProperties },
    children: children as (PhrasingContent | RootContent)[],
  };
}

/** The element node as a node of the tree it goes into. */
export const asContent = <T extends PhrasingContent | RootContent>(node: ElementNode): T =>
  node as unknown as T;

/** Whether a node is an element node named `name`. */
export function isElement(node: unknown, name: string): node is ElementNode {
  const candidate = node as Partial<ElementNode> | undefined;
  return candidate?.type === 'alimaElement' && candidate.data?.hName === name;
}
