import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { CharterLintConfig, FiguresConfig } from '../config/config-types.js';
import { registryIn } from '../registry/load-registry.js';
import { ConfigResolver } from '../config/find-config.js';
import { ignorePatterns, type Ignore } from '../config/ignore-patterns.js';
import type { LintOptions } from './lint-options.js';

/** Settings that win over a file's configuration: the command's flags, the preset's options. */
export type SettingOverrides = Pick<
  CharterLintConfig,
  'lang' | 'markdownlint' | 'rules' | 'ownSources' | 'maxFileSize'
>;

/**
 * `overrides` on top of `config`, rule by rule for `rules` and `markdownlint`
 * (so `{ rules: { x: 'off' } }` turns one rule off and keeps the rest of the
 * file's), whole values for the other keys.
 */
export function withOverrides(
  config: Omit<CharterLintConfig, 'ignore'>,
  overrides: SettingOverrides = {},
): Omit<CharterLintConfig, 'ignore'> {
  const merged = { ...config, ...overrides };
  if (config.rules && overrides.rules) merged.rules = { ...config.rules, ...overrides.rules };
  if (config.markdownlint && overrides.markdownlint) {
    merged.markdownlint = { ...config.markdownlint, ...overrides.markdownlint };
  }
  return merged;
}

/**
 * The lint settings of files on disk, as the command reads them: the nearest
 * configuration file (through `ConfigResolver`), its `ignore` globs, then the
 * overrides. The command, the remark preset and the language server all
 * decide through this, so they agree. Throws a `ConfigError` for an invalid
 * configuration file.
 */
export class FileSettings {
  private readonly resolver: ConfigResolver;
  private readonly matchers = new Map<string, Ignore>();
  private readonly explicit: boolean;
  /** The root registry file by folder: every file of a folder shares it. */
  private readonly registries = new Map<string, string | undefined>();

  /**
   * `configFile` (`--config`) replaces the lookup; its `ignore` globs are
   * relative to `cwd`, the working folder, as ESLint reads them.
   */
  constructor(
    configFile?: string,
    private readonly overrides: SettingOverrides = {},
    private readonly cwd: string = process.cwd(),
    notice?: (message: string) => void,
  ) {
    this.explicit = configFile !== undefined;
    this.resolver = new ConfigResolver(
      configFile === undefined ? undefined : resolve(cwd, configFile),
      undefined,
      notice,
    );
  }

  /** `undefined` when the configuration's `ignore` globs exclude the file. */
  forFile(path: string): Omit<LintOptions, 'filePath'> | undefined {
    const absolute = resolve(this.cwd, path);
    const { file: configFile, config } = this.resolver.forFile(absolute);
    const { ignore, root: _root, $schema: _schema, extends: _bases, ...settings } = config;
    if (configFile !== undefined && ignore !== undefined && ignore.length > 0) {
      // A file outside the globs' folder is never ignored by them.
      const relativePath = relative(this.explicit ? this.cwd : dirname(configFile), absolute);
      let matcher = this.matchers.get(configFile);
      if (matcher === undefined) this.matchers.set(configFile, (matcher = ignorePatterns(ignore)));
      if (!relativePath.startsWith('..') && !isAbsolute(relativePath) && matcher.ignores(relativePath)) {
        return undefined;
      }
    }
    const figures = this.registryOf(absolute, configFile, settings.figures);
    return withOverrides(figures === undefined ? settings : { ...settings, figures }, this.overrides);
  }

  /** The root of the repository holding `path` (see `ConfigResolver.rootFor`). */
  rootFor(path: string): string | undefined {
    return this.resolver.rootFor(resolve(this.cwd, path));
  }

  /**
   * The figure registry file that applies to `path`, as the project rules
   * find it (the configuration's `figures.registry`, else the repository
   * root's `figures.yml`, `figures.yaml` or `figures.json`), whether or not
   * the configuration's `ignore` globs exclude the file: a renderer fills
   * key-figure cards from it.
   */
  registryFile(path: string): string | undefined {
    const absolute = resolve(this.cwd, path);
    const { file: configFile, config } = this.resolver.forFile(absolute);
    return this.registryOf(absolute, configFile, config.figures)?.registry;
  }

  /**
   * The `figures` setting with its registry as an absolute path: the one the
   * configuration names (relative to its folder), else the repository root's
   * `figures.yml`, `figures.yaml` or `figures.json`.
   */
  private registryOf(
    file: string,
    configFile: string | undefined,
    figures: FiguresConfig | undefined,
  ): FiguresConfig | undefined {
    if (figures?.registry !== undefined) {
      const base = configFile === undefined ? this.cwd : dirname(configFile);
      return { ...figures, registry: resolve(base, figures.registry) };
    }
    const folder = dirname(file);
    let registry = this.registries.get(folder);
    if (!this.registries.has(folder)) {
      const root = this.resolver.rootFor(file);
      this.registries.set(folder, (registry = root === undefined ? undefined : registryIn(root)));
    }
    return registry === undefined ? figures : { ...figures, registry };
  }
}
