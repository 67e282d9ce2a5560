import { readdir, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { MARKDOWN_GLOB } from '../parse/markdown-glob.js';
import { GitIgnore } from './gitignore.js';

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandedPaths {
  /** Absolute paths to lint, each once, in argument order. */
  files: string[];
  /** Arguments naming nothing that exists. */
  missing: string[];
  /** Globs or folders that matched no Markdown file. */
  empty: string[];
  /** Folders a scan could not read (permissions), with the error code: their files were not linted. */
  unreadableFolders: { folder: string; code: string }[];
  /** Dot-folders (`.github`) a scan skipped; naming one lints it. */
  skippedDotFolders: string[];
}

/** Whether a scan skips this folder name: dot-folders, as git tools and editors hide them. */
const isDotFolder = (name: string) => name.startsWith('.') && name !== '.' && name !== '..';

/**
 * The file system as tinyglobby reads it, noting the folders it cannot read
 * (tinyglobby skips them without a word) and the dot-folders it will skip.
 */
function watchedFileSystem(result: ExpandedPaths) {
  const watchedReaddir = ((
    path: string,
    options: object,
    callback: (error: unknown, entries: unknown) => void,
  ) =>
    readdir(path, options as { withFileTypes: true }, (error, entries) => {
      // A glob's base that does not exist (`doc/**` for `docs/`) is a pattern matching nothing, not a folder denied.
      if (error) {
        if (error.code !== 'ENOENT')
          result.unreadableFolders.push({ folder: path, code: error.code ?? String(error) });
      } else {
        for (const entry of entries) {
          if (entry.isDirectory() && isDotFolder(entry.name) && entry.name !== '.git') {
            result.skippedDotFolders.push(join(path, entry.name));
          }
        }
      }
      callback(error, entries);
    })) as unknown as typeof readdir;
  return { readdir: watchedReaddir };
}

/** A path's stats; `undefined` when nothing is there; the error when it exists but cannot be looked at. */
function statOf(path: string): Stats | undefined | NodeJS.ErrnoException {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/**
 * Turns command arguments into files: a file is linted as given (even if
 * git ignores it: naming it is a request, and a file that cannot be looked
 * at gets a report saying why); a folder means its Markdown files and a glob
 * its matches, both skipping node_modules, dot-folders and what .gitignore
 * files exclude, and noting the folders they could not read.
 */
export async function expandPaths(args: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const gitignore = new GitIgnore();
  const seen = new Set<string>();
  const result: ExpandedPaths = {
    files: [],
    missing: [],
    empty: [],
    unreadableFolders: [],
    skippedDotFolders: [],
  };
  const fs = watchedFileSystem(result);
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    result.files.push(file);
  };
  for (const arg of args.length === 0 ? ['.'] : args) {
    const path = resolve(cwd, arg);
    const stats = statOf(path);
    // A named path that exists but cannot be looked at (a symlink loop, a folder without
    // permission above it, a FIFO) is linted, so its report says why it could not be read.
    if (stats instanceof Error || (stats !== undefined && !stats.isDirectory())) {
      add(path);
      continue;
    }
    const scan =
      stats !== undefined
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
      fs,
    });
    const kept = matches.filter((file) => !gitignore.ignores(file)).sort();
    if (kept.length === 0) result.empty.push(arg);
    kept.forEach(add);
  }
  return result;
}
