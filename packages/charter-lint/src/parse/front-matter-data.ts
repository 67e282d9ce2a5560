import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';

/**
 * A draft's front matter as data: `undefined` without a YAML node, `{}` when
 * it is not a mapping or cannot be read (markdownlint and the writer's tools
 * report a broken one; whoever reads it goes on without it).
 */
export function frontMatterData(tree: Root): Record<string, unknown> | undefined {
  const node = tree.children.find((child) => child.type === 'yaml');
  if (node === undefined) return undefined;
  try {
    const data: unknown = parseYaml(node.value);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
