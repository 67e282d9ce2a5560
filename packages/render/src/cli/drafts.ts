import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from './args.js';

/** A draft to render: its path, and its path relative to the input (which the page's path follows). */
export interface Draft {
  path: string;
  relative: string;
}

const SKIPPED = new Set(['node_modules']);

/** The Markdown drafts of a file or folder (recursively; hidden folders, `node_modules` and `skip` left out). */
export function findDrafts(input: string, skip: string): Draft[] {
  const root = resolve(input);
  let stats;
  try {
    stats = statSync(root);
  } catch {
    throw new UsageError(`${input}: no such file or folder.`);
  }
  if (stats.isFile()) {
    if (!/\.(?:md|markdown)$/iu.test(root)) throw new UsageError(`${input}: not a Markdown draft (.md).`);
    return [{ path: root, relative: root.split(/[\\/]/u).pop() ?? root }];
  }
  const drafts: Draft[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED.has(entry.name) && path !== skip) walk(path);
      } else if (entry.isFile() && /\.(?:md|markdown)$/iu.test(entry.name)) {
        drafts.push({ path, relative: relative(root, path) });
      }
    }
  };
  walk(root);
  if (drafts.length === 0) throw new UsageError(`${input}: no Markdown drafts (.md) in this folder.`);
  return drafts;
}
