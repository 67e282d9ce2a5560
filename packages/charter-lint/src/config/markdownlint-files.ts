import type { Configuration } from 'markdownlint';
import { ConfigError } from './config-types.js';
import { mergeMarkdownlint } from './merge-config.js';
import { readDataFile } from './read-data-file.js';
import { resolveExtends } from './resolve-extends.js';
import { validateMarkdownlint } from './validate-markdownlint.js';

/**
 * markdownlint's configuration files, as markdownlint-cli2 reads them, first
 * found in a folder wins. Its JavaScript forms (`.cjs`, `.mjs`) are not read:
 * charter-lint never runs code from a configuration.
 */
export const MARKDOWNLINT_FILE_NAMES = [
  '.markdownlint-cli2.jsonc',
  '.markdownlint-cli2.yaml',
  '.markdownlint.jsonc',
  '.markdownlint.json',
  '.markdownlint.yaml',
  '.markdownlint.yml',
] as const;

/** markdownlint's JavaScript configuration files, which charter-lint never runs: it says so instead. */
export const MARKDOWNLINT_CODE_FILE_NAMES = [
  '.markdownlint-cli2.cjs',
  '.markdownlint-cli2.mjs',
  '.markdownlint.cjs',
  '.markdownlint.mjs',
] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function loadRules(file: string, data: unknown, prefix: string, chain: readonly string[]): Configuration {
  if (!isObject(data))
    throw new ConfigError(file, prefix || undefined, 'must hold an object of markdownlint settings.');
  const config = validateMarkdownlint(data, file, prefix, { allowExtends: true });
  const { extends: base, ...own } = config as Configuration & { extends?: unknown };
  if (base === undefined || base === null) return own;
  const key = prefix === '' ? 'extends' : `${prefix}.extends`;
  if (typeof base !== 'string') throw new ConfigError(file, key, 'must be a path or package name.');
  const target = resolveExtends(base, file, key);
  if (chain.includes(target)) throw new ConfigError(file, key, `loops back to ${target}.`);
  const inherited = loadRules(target, readDataFile(target, { comments: true }), '', [...chain, file]);
  return mergeMarkdownlint(inherited, own) as Configuration;
}

/**
 * Reads one markdownlint configuration file (with what it `extends`) and
 * checks it strictly: unknown rules and bad values are a `ConfigError`
 * naming the file and key. Returns `undefined` for a `.markdownlint-cli2.*`
 * file without a `config` key (it configures other things).
 */
export function loadMarkdownlintFile(file: string): Configuration | undefined {
  const data = readDataFile(file, { comments: true });
  if (!/markdownlint-cli2/.test(file)) return loadRules(file, data, '', []);
  if (!isObject(data) || data.config === undefined) return undefined;
  return loadRules(file, data.config, 'config', []);
}
