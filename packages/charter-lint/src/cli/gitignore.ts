import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ignorePatterns, type Ignore } from '../config/ignore-patterns.js';

/**
 * Answers "does git ignore this file?" from the `.gitignore` files in its
 * folder and every folder above, up to the repository root (the folder
 * holding `.git`), each pattern relative to its own folder as git reads it.
 */
export class GitIgnore {
  private readonly byFolder = new Map<string, Ignore | null>();

  ignores(file: string): boolean {
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      const matcher = this.matcher(folder);
      if (matcher?.ignores(relative(folder, file))) return true;
      if (existsSync(join(folder, '.git')) || dirname(folder) === folder) return false;
    }
  }

  private matcher(folder: string): Ignore | null {
    let matcher = this.byFolder.get(folder);
    if (matcher === undefined) {
      const file = join(folder, '.gitignore');
      matcher = existsSync(file) ? ignorePatterns(readFileSync(file, 'utf8')) : null;
      this.byFolder.set(folder, matcher);
    }
    return matcher;
  }
}
