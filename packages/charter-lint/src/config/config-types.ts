import type { Configuration } from 'markdownlint';
import type { Lang } from './langs.js';
import type { Severity } from '../report/severity.js';

/** How one rule is configured: a severity, or a severity and the rule's options. */
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

/**
 * A charter-lint configuration file's contents (`.charter-lintrc.json`,
 * `.charter-lintrc.yaml`, `charter-lint.config.json`, or the `"charter-lint"`
 * key of a package.json). Every key is optional.
 */
export interface CharterLintConfig {
  /** The JSON Schema editors validate the file with (ignored by the linter). */
  $schema?: string;
  /** Stop looking for configuration files (charter-lint's and markdownlint's) in folders above this one. */
  root?: boolean;
  /**
   * Configurations this one builds on, earliest first: paths relative to this
   * file's folder, or package names resolved from it. This file's settings win.
   */
  extends?: string | string[];
  /** Per rule: `"off" | "info" | "warning" | "error"`, or `[severity, options]`. */
  rules?: Record<string, RuleSetting>;
  /** Names whose figures are the organisation's own data (default `["ALIMA"]`). */
  ownSources?: string[];
  /** Phrases `charter-language` never flags (organisation and programme names), as alex's `allow`. */
  allow?: string[];
  /** Globs, relative to the config file's folder, of files not to lint. */
  ignore?: string[];
  /** The language of files whose front matter does not say. */
  lang?: Lang;
  /** markdownlint overrides on top of the prose defaults, or `false` to turn markdownlint off. */
  markdownlint?: Configuration | false;
  /** Files larger than this many bytes are reported and not linted (default `DEFAULT_MAX_FILE_SIZE`). */
  maxFileSize?: number;
  /** The figure registry the project rules check drafts against. */
  figures?: FiguresConfig;
}

/** The `figures` setting: where the figure registry is, and when its entries are too old. */
export interface FiguresConfig {
  /**
   * The registry file, relative to the configuration file's folder (default:
   * `figures.yml`, `figures.yaml` or `figures.json` in the repository root).
   */
  registry?: string;
  /** `figure-registry` warns where an entry more than this many years old is used (default 5). */
  maxAgeYears?: number;
}

/** How old (in years) a registry entry may be before `figure-registry` warns that it is used. */
export const DEFAULT_MAX_AGE_YEARS = 5;

/**
 * 1 MB: the largest file linted within 1 GB of memory whatever its shape
 * (a megabyte of one-line paragraphs peaks at about 650 MB, in micromark's
 * events and markdownlint's tokens; two megabytes, 1.3 GB).
 */
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;

export const CONFIG_KEYS = [
  '$schema',
  'root',
  'extends',
  'rules',
  'ownSources',
  'allow',
  'ignore',
  'lang',
  'markdownlint',
  'maxFileSize',
  'figures',
] as const;

/** A configuration problem, naming the file and the key at fault. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    problem: string,
  ) {
    super(key === undefined ? `${file}: ${problem}` : `${file}: "${key}" ${problem}`);
    this.name = 'ConfigError';
  }
}
