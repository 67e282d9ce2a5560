import { basename } from 'node:path';
import { ConfigError, type CharterLintConfig } from './config-types.js';
import { mergeConfig } from './merge-config.js';
import { readDataFile } from './read-data-file.js';
import { resolveExtends } from './resolve-extends.js';
import { validateConfig } from './validate-config.js';

/** The key of a package.json holding a charter-lint configuration. */
export const PACKAGE_KEY = 'charter-lint';

function loadWithBases(
  file: string,
  known: readonly string[] | undefined,
  chain: readonly string[],
): CharterLintConfig | undefined {
  if (chain.includes(file)) {
    throw new ConfigError(chain.at(-1) ?? file, 'extends', `loops back to ${file}.`);
  }
  const data = readDataFile(file);
  const isPackage = basename(file) === 'package.json';
  const own = isPackage ? (data as Record<string, unknown>)[PACKAGE_KEY] : data;
  if (own === undefined) return undefined;
  const config = validateConfig(own, isPackage ? `${file} ("${PACKAGE_KEY}" key)` : file, known);
  if (config.extends === undefined) return config;
  const bases = [config.extends].flat();
  let merged: CharterLintConfig = {};
  for (const [index, name] of bases.entries()) {
    const key = Array.isArray(config.extends) ? `extends[${index}]` : 'extends';
    const base = loadWithBases(resolveExtends(name, file, key), known, [...chain, file]);
    if (base !== undefined) merged = mergeConfig(merged, base);
  }
  const { extends: _bases, ...rest } = mergeConfig(merged, config);
  return rest;
}

/**
 * Reads, parses and validates one configuration file, with the files it
 * `extends` merged underneath (its own settings win). Returns `undefined`
 * for a package.json without a `"charter-lint"` key; throws a `ConfigError`
 * naming the file for anything unreadable, unparsable or invalid.
 */
export function loadConfigFile(file: string, known?: readonly string[]): CharterLintConfig | undefined {
  return loadWithBases(file, known, []);
}
