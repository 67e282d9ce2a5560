import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CharterLintConfig } from './config-types.js';
import { loadConfigFile } from './load-config.js';

/** Where a folder's configuration may live, first found wins. */
export const CONFIG_FILE_NAMES = [
  '.charter-lintrc.json',
  '.charter-lintrc.yaml',
  '.charter-lintrc.yml',
  'charter-lint.config.json',
  'package.json',
] as const;

export interface FoundConfig {
  /** The configuration file, or `undefined` when none applies (defaults). */
  file: string | undefined;
  config: CharterLintConfig;
}

const NONE: FoundConfig = { file: undefined, config: {} };

/**
 * Finds the configuration for files, nearest wins: the first configuration
 * file found walking up from the file's folder applies alone; settings are
 * not merged across folders (a sub-folder's file replaces its parent's).
 * Results are cached per folder, so a run reads each file once.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, FoundConfig>();

  /** With `configFile`, every file uses that configuration and nothing is searched. */
  constructor(
    private readonly configFile?: string,
    private readonly known?: readonly string[],
  ) {}

  forFile(file: string): FoundConfig {
    if (this.configFile !== undefined) {
      const path = resolve(this.configFile);
      return this.cached(path, () => ({ file: path, config: loadConfigFile(path, this.known) ?? {} }));
    }
    return this.forFolder(dirname(resolve(file)));
  }

  private forFolder(folder: string): FoundConfig {
    return this.cached(folder, () => {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = join(folder, name);
        if (!existsSync(candidate)) continue;
        const config = loadConfigFile(candidate, this.known);
        if (config !== undefined) return { file: candidate, config };
      }
      const parent = dirname(folder);
      return parent === folder ? NONE : this.forFolder(parent);
    });
  }

  private cached(key: string, find: () => FoundConfig): FoundConfig {
    let found = this.byFolder.get(key);
    if (found === undefined) this.byFolder.set(key, (found = find()));
    return found;
  }
}
