import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ConfigError } from './config-types.js';

const DATA_FILE = /\.(json|jsonc|ya?ml)$/i;

/**
 * The file an `extends` entry names: a path (`./base.json`, `../org.yaml`,
 * absolute) relative to the extending file's folder, or a package name or
 * package file (`@org/charter-config`, `@org/charter-config/strict.json`)
 * resolved as Node resolves it from that folder. Only data files are
 * accepted: configurations never run code.
 */
export function resolveExtends(name: string, from: string, key: string): string {
  let target: string;
  if (name.startsWith('.') || isAbsolute(name)) {
    target = resolve(dirname(from), name);
  } else {
    try {
      target = createRequire(from).resolve(name);
    } catch {
      throw new ConfigError(
        from,
        key,
        `names "${name}", which is neither a file path (start it with ./) nor an installed package.`,
      );
    }
  }
  if (!DATA_FILE.test(target)) {
    throw new ConfigError(
      from,
      key,
      `names "${name}" (${target}), which is not a JSON or YAML file; configurations never run code: name the package's data file, e.g. "${name}/charter-lintrc.json".`,
    );
  }
  return target;
}
