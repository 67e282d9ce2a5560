import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/config-types.js';
import { readDataFile } from '../config/read-data-file.js';
import { checkSchema } from '../config/schema-check.js';
import type { FigureEntry, FigureRegistry } from './figure-registry.js';
import { ENTRY_ID, ENTRY_SCHEMA, REQUIRED_ENTRY_KEYS } from './registry-schema.js';

/** The registry's names in a content repository's root, first found wins. */
export const REGISTRY_FILE_NAMES = ['figures.yml', 'figures.yaml', 'figures.json'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkEntry(file: string, id: string, entry: unknown): FigureEntry {
  if (!ENTRY_ID.test(id))
    throw new ConfigError(
      file,
      id,
      'is not an entry id: use letters, digits, ".", "_" and "-" (mali.population).',
    );
  if (!isObject(entry))
    throw new ConfigError(
      file,
      id,
      `must be an entry with value, year, source and labels; got ${JSON.stringify(entry)}.`,
    );
  for (const key of REQUIRED_ENTRY_KEYS)
    if (!(key in entry))
      throw new ConfigError(
        file,
        `${id}.${key}`,
        'is missing: every entry needs value, year, source and labels.',
      );
  const problem = checkSchema(ENTRY_SCHEMA, entry);
  if (problem) throw new ConfigError(file, `${id}.${problem.at}`, problem.problem);
  const labels = entry.labels as FigureEntry['labels'];
  const languages = Object.entries(labels);
  if (languages.length === 0 || languages.some(([, words]) => (words ?? []).length === 0))
    throw new ConfigError(
      file,
      `${id}.labels`,
      'must list at least one label per language given, e.g. { en: [inhabitants] }.',
    );
  for (const [lang, words] of languages) {
    const blank = (words ?? []).findIndex((word) => word.trim() === '');
    if (blank !== -1) throw new ConfigError(file, `${id}.labels.${lang}[${blank}]`, 'must not be blank.');
  }
  return { id, ...(entry as Omit<FigureEntry, 'id'>) };
}

/**
 * Reads and checks a figure registry (YAML or JSON; see
 * `schema/figures.schema.json`). Throws a `ConfigError` naming the file,
 * the entry and the key at fault; the command exits 2 on it.
 */
export function loadFigureRegistry(file: string): FigureRegistry {
  const data = readDataFile(file);
  if (!isObject(data))
    throw new ConfigError(file, undefined, 'must map entry ids to entries (mali.population: { value: … }).');
  const entries = Object.entries(data)
    .filter(([id]) => id !== '$schema')
    .map(([id, entry]) => checkEntry(file, id, entry));
  return { file, entries };
}

/** The registry file in `folder` (`figures.yml`, `figures.yaml` or `figures.json`), if any. */
export function registryIn(folder: string): string | undefined {
  return REGISTRY_FILE_NAMES.map((name) => join(folder, name)).find((path) => existsSync(path));
}
