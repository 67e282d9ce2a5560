import charterLint from '@alima/charter-lint/package.json';

/**
 * Where charter-lint's files are browsable: rule rationales link to them
 * relative to the package (`docs/lexicon/en.md`), which would resolve
 * against the Storybook page instead.
 */
const PACKAGE_BASE = `${charterLint.repository.url.replace(/\.git$/, '')}/blob/main/${charterLint.repository.directory}/`;

/** Points the relative links under `root` at the package's files in its repository. */
export function resolvePackageLinks(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!/^([a-z][a-z+.-]*:|#|\/)/i.test(href)) link.href = new URL(href, PACKAGE_BASE).href;
  }
}
