import type { Nodes, Parents, Root } from 'mdast';

/** A node of a tree and its parent (`undefined` for the root). */
export interface NodeInTree {
  node: Nodes;
  parent: Parents | undefined;
}

const cache = new WeakMap<Root, readonly NodeInTree[]>();

/**
 * Every node of `tree` with its parent, in document order (a node before its
 * children), listed once per tree: the footnote and image models read the
 * same tree four times, and a visitor per read was a noticeable share of a
 * large run. Iterative, so deeply nested lists and quotes cannot overflow
 * the stack. Rules must not change the tree after reading it.
 */
export function nodesOf(tree: Root): readonly NodeInTree[] {
  let listed = cache.get(tree);
  if (listed !== undefined) return listed;
  const nodes: NodeInTree[] = [];
  const stack: NodeInTree[] = [{ node: tree, parent: undefined }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    nodes.push(entry);
    const { node } = entry;
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--)
        stack.push({ node: node.children[index] as Nodes, parent: node });
    }
  }
  cache.set(tree, (listed = nodes));
  return listed;
}

/** The nodes of `tree` of one type, in document order. */
export function nodesOfType<Type extends Nodes['type']>(
  tree: Root,
  type: Type,
): Extract<Nodes, { type: Type }>[] {
  const found: Extract<Nodes, { type: Type }>[] = [];
  for (const { node } of nodesOf(tree))
    if (node.type === type) found.push(node as Extract<Nodes, { type: Type }>);
  return found;
}
