import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { frontMatterBlock } from '../text/front-matter-block.js';

/** YAML front matter as data: `{}` when it is not a mapping or cannot be read. */
function yamlData(value: string): Record<string, unknown> {
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
  return node === undefined ? undefined : yamlData(node.value);
}

/**
 * `frontMatterData` read straight from a draft's text, without parsing the
 * Markdown: for a quick look at many files (which drafts share a `scope`).
 */
export function frontMatterOfText(text: string): Record<string, unknown> | undefined {
  const block = frontMatterBlock(text);
  return block === undefined ? undefined : yamlData(block);
}

/** A front matter field as text (`scope: mali`, `translationKey: 2024`): trimmed, `undefined` when empty or not a scalar. */
export const frontMatterText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;
