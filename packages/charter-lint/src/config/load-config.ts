import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError, type CharterLintConfig } from './config-types.js';
import { validateConfig } from './validate-config.js';

/** The key of a package.json holding a charter-lint configuration. */
export const PACKAGE_KEY = 'charter-lint';

function parse(text: string, file: string): unknown {
  if (/\.ya?ml$/i.test(file)) return parseYaml(text);
  // An empty .charter-lintrc.json means "defaults here", as an empty YAML file does.
  return text.trim() === '' ? {} : JSON.parse(text);
}

/**
 * Reads, parses and validates one configuration file. Returns `undefined`
 * for a package.json without a `"charter-lint"` key; throws a `ConfigError`
 * naming the file for anything unreadable, unparsable or invalid.
 */
export function loadConfigFile(file: string, known?: readonly string[]): CharterLintConfig | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      file,
      undefined,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  let data: unknown;
  try {
    data = parse(text, file) ?? {};
  } catch (error) {
    throw new ConfigError(
      file,
      undefined,
      `is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
    );
  }
  if (basename(file) === 'package.json') {
    const own = (data as Record<string, unknown>)[PACKAGE_KEY];
    return own === undefined ? undefined : validateConfig(own, `${file} ("${PACKAGE_KEY}" key)`, known);
  }
  return validateConfig(data, file, known);
}
