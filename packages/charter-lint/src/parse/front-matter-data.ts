import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';

/** A front matter block's YAML as data: `{}` when it is not a mapping or cannot be read. */
export function frontMatterOfYaml(value: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(value);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * A draft's front matter as data: `undefined` without a YAML node, `{}` when
 * it is not a mapping or cannot be read (markdownlint and the writer's tools
 * report a broken one; whoever reads it goes on without it).
 */
export function frontMatterData(tree: Root): Record<string, unknown> | undefined {
  const node = tree.children.find((child) => child.type === 'yaml');
  return node === undefined ? undefined : frontMatterOfYaml(node.value);
}

/** A front matter field as text (`scope: mali`, `translationKey: 2024`): trimmed, `undefined` when empty or not a scalar. */
export const frontMatterText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;
