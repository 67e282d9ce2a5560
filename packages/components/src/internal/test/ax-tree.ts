/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser';
import { buildAxTree, type AxNode, type RawAxNode } from './ax-nodes.js';

export { findAll, isLink, textOf, type AxNode } from './ax-nodes.js';

/**
 * Reads the page's full accessibility tree from Chromium over CDP
 * (`Accessibility.getFullAXTree`): what assistive technology is given, after
 * shadow DOM, slots, roles and CSS generated content are resolved.
 */
export async function accessibilityTree(): Promise<AxNode> {
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId: await testFrameId() })) as {
    nodes: RawAxNode[];
  };
  return buildAxTree(nodes);
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
