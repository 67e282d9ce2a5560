/**
 * Chromium's accessibility tree as plain data, shared by the in-browser tests
 * (vitest's CDP session) and the page tests (Playwright's CDPSession).
 */

/** A node of Chromium's accessibility tree, as a screen reader gets it: ignored nodes left out. */
export interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

export interface RawAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** Builds the tree a screen reader gets from CDP's `Accessibility.getFullAXTree` nodes: ignored nodes left out. */
export function buildAxTree(nodes: readonly RawAxNode[]): AxNode {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const build = (node: RawAxNode): AxNode[] => {
    const children = (node.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      return child ? build(child) : [];
    });
    if (node.ignored) return children;
    return [{ role: node.role?.value ?? '', name: node.name?.value ?? '', children }];
  };
  const root = nodes[0];
  if (!root) throw new Error('Chromium returned an empty accessibility tree');
  return build(root)[0] ?? { role: 'none', name: '', children: [] };
}

/** Every node under `root` (depth first) that matches. */
export function findAll(root: AxNode, match: (node: AxNode) => boolean): AxNode[] {
  return [...(match(root) ? [root] : []), ...root.children.flatMap((child) => findAll(child, match))];
}

/** The text a node's subtree reads, its static text joined. */
export function textOf(node: AxNode): string {
  if (node.role === 'StaticText' || node.role === 'InlineTextBox') return node.name;
  return node.children.map(textOf).join('');
}

/**
 * A link as Chromium counts one (`ui::IsLink`): `link`, or a DPUB-ARIA link
 * role such as `doc-noteref` and `doc-backlink`, which platform APIs expose as links.
 */
export function isLink(node: AxNode): boolean {
  return ['link', 'doc-noteref', 'doc-backlink'].includes(node.role);
}
