import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Configuration } from 'markdownlint';
import type { CharterLintConfig } from './config-types.js';
import { loadConfigFile } from './load-config.js';
import {
  loadMarkdownlintFile,
  MARKDOWNLINT_CODE_FILE_NAMES,
  MARKDOWNLINT_FILE_NAMES,
} from './markdownlint-files.js';
import { mergeMarkdownlint } from './merge-config.js';

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
  /**
   * Its settings (with what it `extends`), and under `markdownlint` the
   * nearest markdownlint configuration file's rules with the file's own
   * `markdownlint` settings on top.
   */
  config: CharterLintConfig;
  /** The markdownlint configuration file that applies, if any. */
  markdownlintFile?: string;
}

interface Found<T> {
  file: string | undefined;
  value: T | undefined;
}

const NOTHING: Found<never> = { file: undefined, value: undefined };

/**
 * Finds the configuration for files, nearest wins: the first configuration
 * file found walking up from the file's folder applies alone (a sub-folder's
 * file replaces its parent's), and so does the first markdownlint
 * configuration file. The walk stops at the repository root, the folder
 * holding `.git` or a configuration with `"root": true`, as ESLint's does:
 * a file above the repository never applies. Results are cached per folder,
 * so a run reads each file once.
 */
export class ConfigResolver {
  private readonly own = new Map<string, Found<CharterLintConfig>>();
  private readonly charter = new Map<string, Found<CharterLintConfig>>();
  private readonly markdownlint = new Map<string, Found<Configuration>>();
  private readonly results = new Map<string, FoundConfig>();
  private explicit: Found<CharterLintConfig> | undefined;

  /**
   * With `configFile`, every file uses that configuration and no charter-lint
   * configuration is searched. `notice` hears about files found and not read
   * (markdownlint's JavaScript configurations), once each.
   */
  constructor(
    private readonly configFile?: string,
    private readonly known?: readonly string[],
    private readonly notice?: (message: string) => void,
  ) {}

  forFile(file: string): FoundConfig {
    const folder = dirname(resolve(file));
    let result = this.results.get(folder);
    if (result === undefined) {
      const charter = this.configFile === undefined ? this.charterFor(folder) : this.explicitConfig();
      const markdownlint = this.markdownlintFor(folder);
      const config = { ...(charter.value ?? {}) };
      const merged = mergeMarkdownlint(markdownlint.value, config.markdownlint);
      if (merged !== undefined) config.markdownlint = merged;
      result = { file: charter.file, config };
      if (markdownlint.file !== undefined) result.markdownlintFile = markdownlint.file;
      this.results.set(folder, result);
    }
    return result;
  }

  /**
   * The root of the repository holding `file`: the nearest folder up that
   * holds `.git` or (when searched) a `"root": true` configuration; where
   * nothing marks one, the folder of the configuration that applies.
   */
  rootFor(file: string): string | undefined {
    for (let folder = dirname(resolve(file)); ; folder = dirname(folder)) {
      if (this.isRoot(folder)) return folder;
      if (dirname(folder) === folder) break;
    }
    const found = this.forFile(file).file;
    return found === undefined ? undefined : dirname(found);
  }

  private explicitConfig(): Found<CharterLintConfig> {
    if (this.explicit === undefined) {
      const path = resolve(this.configFile ?? '');
      this.explicit = { file: path, value: loadConfigFile(path, this.known) ?? {} };
    }
    return this.explicit;
  }

  /** The configuration file in `folder` itself, if any. */
  private ownConfig(folder: string): Found<CharterLintConfig> {
    return cached(this.own, folder, () => {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = join(folder, name);
        if (!existsSync(candidate)) continue;
        const value = loadConfigFile(candidate, this.known);
        if (value !== undefined) return { file: candidate, value };
      }
      return NOTHING;
    });
  }

  /** Whether the search stops at `folder`: it holds `.git`, or (when searched) a `"root": true` configuration. */
  private isRoot(folder: string): boolean {
    if (existsSync(join(folder, '.git'))) return true;
    return this.configFile === undefined && this.ownConfig(folder).value?.root === true;
  }

  private charterFor(folder: string): Found<CharterLintConfig> {
    return cached(this.charter, folder, () => {
      const own = this.ownConfig(folder);
      if (own.file !== undefined) return own;
      const parent = dirname(folder);
      return parent === folder || this.isRoot(folder) ? NOTHING : this.charterFor(parent);
    });
  }

  private markdownlintFor(folder: string): Found<Configuration> {
    return cached(this.markdownlint, folder, () => {
      for (const name of MARKDOWNLINT_FILE_NAMES) {
        const candidate = join(folder, name);
        if (!existsSync(candidate)) continue;
        const value = loadMarkdownlintFile(candidate);
        if (value !== undefined) return { file: candidate, value };
      }
      for (const name of MARKDOWNLINT_CODE_FILE_NAMES) {
        const candidate = join(folder, name);
        if (existsSync(candidate)) {
          this.notice?.(
            `${candidate}: not read (charter-lint never runs code from a configuration); put its markdownlint settings in .markdownlint.json or .markdownlint.yaml.`,
          );
        }
      }
      const parent = dirname(folder);
      return parent === folder || this.isRoot(folder) ? NOTHING : this.markdownlintFor(parent);
    });
  }
}

function cached<T>(map: Map<string, T>, key: string, find: () => T): T {
  let found = map.get(key);
  if (found === undefined) map.set(key, (found = find()));
  return found;
}
