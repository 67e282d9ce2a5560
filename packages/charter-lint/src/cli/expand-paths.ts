import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { GitIgnore } from './gitignore.js';

/** What a folder argument (and no argument, the current folder) lints, in any case (`.MD`, `.Markdown`). */
export const MARKDOWN_GLOB = '**/*.{md,markdown,mdx}';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandedPaths {
  /** Absolute paths to lint, each once, in argument order. */
  files: string[];
  /** Arguments naming nothing that exists. */
  missing: string[];
  /** Globs or folders that matched no Markdown file. */
  empty: string[];
}

/**
 * Turns command arguments into files: a file is linted as given (even if
 * git ignores it: naming it is a request); a folder means its Markdown files
 * and a glob its matches, both skipping node_modules and what .gitignore
 * files exclude.
 */
export async function expandPaths(args: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const gitignore = new GitIgnore();
  const seen = new Set<string>();
  const result: ExpandedPaths = { files: [], missing: [], empty: [] };
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    result.files.push(file);
  };
  for (const arg of args.length === 0 ? ['.'] : args) {
    const path = resolve(cwd, arg);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats?.isFile()) {
      add(path);
      continue;
    }
    const scan = stats?.isDirectory()
      ? { pattern: MARKDOWN_GLOB, base: path, caseSensitiveMatch: false }
      : isDynamicPattern(arg)
        ? { pattern: arg, base: cwd, caseSensitiveMatch: true }
        : undefined;
    if (scan === undefined) {
      result.missing.push(arg);
      continue;
    }
    const matches = await glob(scan.pattern, {
      cwd: scan.base,
      absolute: true,
      dot: false,
      // A folder named `notes.md` is not a file to lint, nor are its contents.
      expandDirectories: false,
      caseSensitiveMatch: scan.caseSensitiveMatch,
      ignore: ALWAYS_SKIPPED,
    });
    const kept = matches.filter((file) => !gitignore.ignores(file)).sort();
    if (kept.length === 0) result.empty.push(arg);
    kept.forEach(add);
  }
  return result;
}
