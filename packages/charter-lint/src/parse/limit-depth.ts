import type { Nodes, Parents, Root } from 'mdast';

/**
 * The deepest a tree the rules read may nest. unist utilities and several
 * rules walk trees recursively (`visit`, `toString`), so a few thousand
 * nested `>` or list markers overflow the stack; no prose nests a hundred
 * deep.
 */
export const MAX_TREE_DEPTH = 100;

/** Flow nodes that hold other flow nodes (a list holds them through its items). */
const FLOW_CONTAINERS = new Set<string>(['blockquote', 'listItem', 'footnoteDefinition', 'list']);
/** Nodes that hold phrasing, possibly nested. */
const PHRASING_PARENTS = new Set<string>([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

/**
 * The nodes under `node` that stay once its nesting is flattened: for a
 * block quote, list item or footnote definition, its innermost blocks
 * (paragraphs, headings, code, tables…) in document order; for a paragraph,
 * heading or other phrasing parent, its phrasing leaves (text, code,
 * images…). Iterative, as it runs on trees too deep to recurse into.
 */
function flattened(node: Parents): Nodes[] {
  const keep = FLOW_CONTAINERS.has(node.type)
    ? (child: Nodes) => !FLOW_CONTAINERS.has(child.type)
    : (child: Nodes) => !('children' in child);
  const found: Nodes[] = [];
  const stack: Nodes[] = [...node.children].reverse();
  for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
    if (keep(child)) found.push(child);
    else if ('children' in child) {
      const children: readonly Nodes[] = child.children;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes);
    }
  }
  return found;
}

/**
 * Makes `tree` at most about `MAX_TREE_DEPTH` deep, in place: a container at
 * that depth keeps, as its direct children, what its nested containers held
 * (a block quote the paragraphs of the quotes inside it, an emphasis the text
 * of the emphasis inside it); a list there keeps its items, each flattened.
 * Every word stays in the tree with its position, so the rules still read it
 * all; only nesting beyond any prose's is lost. Iterative.
 */
export function limitDepth(tree: Root): Root {
  const stack: [Nodes, number][] = [[tree, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (!('children' in node)) continue;
    const flatten =
      depth >= MAX_TREE_DEPTH &&
      node.type !== 'list' &&
      (FLOW_CONTAINERS.has(node.type) || PHRASING_PARENTS.has(node.type));
    if (flatten) (node as { children: Nodes[] }).children = flattened(node);
    for (const child of node.children) stack.push([child, Math.min(depth + 1, MAX_TREE_DEPTH)]);
  }
  return tree;
}
