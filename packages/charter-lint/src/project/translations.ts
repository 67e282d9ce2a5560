import { LANGS } from '../config/langs.js';
import type { ProjectFile } from './project-file.js';

// Paths split by hand: this module reaches the browser bundle through the rule catalogue.
const SEPARATOR = /[\\/]/;
const basename = (path: string) => path.split(SEPARATOR).pop() ?? path;
const dirname = (path: string) => path.slice(0, path.length - basename(path).length);

/** The extensions of the drafts the linter reads: a translation may be written in another of them (a Word draft of a Markdown page). */
const DRAFT_EXTENSION = '(?:mdx?|markdown|html?|docx)';
const LANG_SUFFIX = new RegExp(`^(.*)\\.(${LANGS.join('|')})\\.${DRAFT_EXTENSION}$`, 'i');
const EXTENSION = new RegExp(`\\.${DRAFT_EXTENSION}$`, 'i');
const LANG_FOLDER = new RegExp(`(^|[\\\\/])(${LANGS.join('|')})(?=[\\\\/])`, 'gi');

/**
 * What a draft's translations share: its front matter `translationKey`,
 * else what its path shares with theirs (see `pathTranslationGroup`).
 */
export function translationGroup(file: ProjectFile): string | undefined {
  if (file.facts.translationKey !== undefined) return `key:${file.facts.translationKey}`;
  return pathTranslationGroup(file.path);
}

/**
 * A draft's path without the language and the extension (`report.en.md` and
 * `report.fr.md`, `en/report.md` and `fr/report.docx`); `undefined` for a
 * path that names no language.
 */
export function pathTranslationGroup(path: string): string | undefined {
  const suffixed = LANG_SUFFIX.exec(basename(path));
  if (suffixed) return `path:${dirname(path)}${suffixed[1] as string}`;
  const folder = dirname(path);
  const withoutLang = folder.replace(LANG_FOLDER, '$1*');
  return withoutLang === folder ? undefined : `path:${withoutLang}${basename(path).replace(EXTENSION, '')}`;
}

/** Every pair of drafts that translate each other: same group, different languages. */
export function translationPairs(files: readonly ProjectFile[]): [ProjectFile, ProjectFile][] {
  const groups = new Map<string, ProjectFile[]>();
  for (const file of files) {
    const group = translationGroup(file);
    if (group === undefined) continue;
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [file]);
    else members.push(file);
  }
  const pairs: [ProjectFile, ProjectFile][] = [];
  for (const members of groups.values())
    for (const [index, a] of members.entries())
      for (const b of members.slice(index + 1)) if (a.facts.lang !== b.facts.lang) pairs.push([a, b]);
  return pairs;
}
