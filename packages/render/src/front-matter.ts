import { frontMatterData, langFromTag, type Lang } from '@alima/charter-lint';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** What the renderer reads from a draft's YAML front matter. */
export interface FrontMatter {
  lang?: Lang;
  title?: string;
  /** The page's file name without `.html`, instead of the draft's name. */
  slug?: string;
}

/**
 * Reads `lang`, `title` and `slug` from the front matter: the tree's YAML node,
 * or else the front matter a tool took off before parsing and left on the file
 * (Astro blanks it out of the text and puts it in `file.data.astro.frontmatter`).
 * Anything unreadable is left out.
 */
export function frontMatter(tree: Root, file?: VFile): FrontMatter {
  // A broken front matter is the linter's to report; the page renders without it.
  return fields(frontMatterData(tree) ?? toolFrontMatter(file));
}

/** The front matter a static-site tool parsed itself: Astro's `file.data.astro.frontmatter`. */
function toolFrontMatter(file: VFile | undefined): unknown {
  const astro = (file?.data as { astro?: { frontmatter?: unknown } } | undefined)?.astro;
  return astro?.frontmatter;
}

/** The renderer's fields from parsed front matter data. */
function fields(data: unknown): FrontMatter {
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const result: FrontMatter = {};
  const lang = langFromTag(record.lang);
  if (lang !== undefined) result.lang = lang;
  if (typeof record.title === 'string') result.title = record.title;
  if (typeof record.slug === 'string') result.slug = record.slug;
  return result;
}
