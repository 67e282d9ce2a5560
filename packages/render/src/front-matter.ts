import { LANGS, type Lang } from '@alima/charter-lint';
import type { Root } from 'mdast';
import { parse } from 'yaml';

/** What the renderer reads from a draft's YAML front matter. */
export interface FrontMatter {
  lang?: Lang;
  title?: string;
  /** The page's file name without `.html`, instead of the draft's name. */
  slug?: string;
}

/** Reads `lang`, `title` and `slug` from the front matter; anything unreadable is left out. */
export function frontMatter(tree: Root): FrontMatter {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (yaml === undefined) return {};
  let data: unknown;
  try {
    data = parse(yaml.value);
  } catch {
    // A broken front matter is the linter's to report; the page renders without it.
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const result: FrontMatter = {};
  const lang = typeof record.lang === 'string' ? record.lang.toLowerCase().split('-')[0] : undefined;
  if ((LANGS as readonly string[]).includes(lang ?? '')) result.lang = lang as Lang;
  if (typeof record.title === 'string') result.title = record.title;
  if (typeof record.slug === 'string') result.slug = record.slug;
  return result;
}
