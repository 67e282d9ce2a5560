import { isAbsolute, join, relative, resolve } from 'node:path';

/** A page path that would leave the output folder. */
export class OutsideOutputError extends Error {}

/**
 * Where a draft's page goes: `<out>/<draft's folder>/<slug or draft name>.html`.
 * A front matter `slug` names the file; any path that resolves outside
 * `out` (`../`, an absolute path) is refused.
 */
export function pagePath(
  out: string,
  draftRelative: string,
  slug: string | undefined,
  draftPath: string,
): string {
  const folder = draftRelative.split(/[\\/]/u).slice(0, -1).join('/');
  const name =
    slug ??
    draftRelative
      .split(/[\\/]/u)
      .pop()
      ?.replace(/\.(?:md|markdown)$/iu, '') ??
    'index';
  const root = resolve(out);
  const target = resolve(root, join(folder, `${name}.html`));
  const inside = relative(root, target);
  if (slug !== undefined && (isAbsolute(slug) || /[\\/]|^\.\.?$/u.test(slug)))
    throw new OutsideOutputError(
      `${draftPath}: front matter "slug: ${slug}" is not a file name (no "/", "\\" or ".."); the page is not written.`,
    );
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new OutsideOutputError(
      `${draftPath}: its page would be written outside ${out}; nothing is written.`,
    );
  return target;
}

/** The URL prefix from a page back to the output folder's `assets/`. */
export function assetsPrefix(out: string, page: string): string {
  const depth = relative(resolve(out), page).split(/[\\/]/u).length - 1;
  return `${'../'.repeat(depth)}assets/`;
}
