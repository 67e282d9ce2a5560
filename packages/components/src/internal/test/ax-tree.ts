/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser';

/** A node of Chromium's accessibility tree, as a screen reader gets it: ignored nodes left out. */
export interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

interface RawAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/**
 * Reads the page's full accessibility tree from Chromium over CDP
 * (`Accessibility.getFullAXTree`): what assistive technology is given, after
 * shadow DOM, slots, roles and CSS generated content are resolved.
 */
export async function accessibilityTree(): Promise<AxNode> {
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId: await testFrameId() })) as {
    nodes: RawAxNode[];
  };
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

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

/** Vitest runs each test file in an iframe: the tree to read is that frame's. */
async function testFrameId(): Promise<string> {
  const { frameTree } = (await cdp().send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frames = (tree: FrameTree): FrameTree['frame'][] => [
    tree.frame,
    ...(tree.childFrames ?? []).flatMap(frames),
  ];
  const here = frames(frameTree).find((frame) => frame.url === location.href);
  if (!here) throw new Error(`No frame at ${location.href} in Chromium's frame tree`);
  return here.id;
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
