import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config-types.js';
import { FileSettings } from '../engine/file-settings.js';
import { findFigure, sourceName } from './figure-registry.js';
import { loadFigureRegistry } from './load-registry.js';
import { registrySchema } from './registry-schema.js';

const REGENERATE = 'regenerate: npm run build && npm run docs -w @alima/charter-lint';
const GOOD = `mali.population:
  value: 20250000
  year: 2020
  source: { en: World Bank 2020, fr: Banque mondiale 2020 }
  url: https://data.worldbank.org/country/mali
  scope: mali
  labels:
    en: [inhabitants, population]
    fr: [habitants, population]
alima.patients:
  value: 13000000
  year: 2024
  source: ALIMA
  labels: { en: [patients] }
`;

const write = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'charter-lint-registry-')), name);
  writeFileSync(path, text);
  return path;
};

/** The loader's verdict: the problem it names, or "valid". */
const verdict = (text: string): string => {
  try {
    loadFigureRegistry(write('figures.yml', text));
    return 'valid';
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message.replace(/^.*figures\.yml: /, '');
  }
};

// Each breaks one rule of the schema; the loader must name the entry and key.
const BAD: [string, string][] = [
  [GOOD.replace('year: 2020', 'year: "2020"'), '"mali.population.year" must be an integer; got "2020".'],
  [
    GOOD.replace('  value: 13000000\n', ''),
    '"alima.patients.value" is missing: every entry needs value, year, source and labels.',
  ],
  [
    GOOD.replace('labels: { en: [patients] }', 'labels: { de: [Patienten] }'),
    '"alima.patients.labels.de" is not an option (expected one of "en", "fr"). Did you mean "en"?',
  ],
  [
    GOOD.replace('url: https://', 'url: ftp://'),
    '"mali.population.url" must match ^https?://; got "ftp://data.worldbank.org/country/mali".',
  ],
  [
    GOOD.replace('labels: { en: [patients] }', 'labels: { en: [] }'),
    '"alima.patients.labels" must list at least one label per language given, e.g. { en: [inhabitants] }.',
  ],
  [
    GOOD.replace('  source: ALIMA\n', '  source: ALIMA\n  sources: x\n'),
    '"alima.patients.sources" is not an option (expected one of "value", "year", "source", "url", "scope", "percent", "labels"). Did you mean "source"?',
  ],
];

describe('the figure registry', () => {
  it(`ships schema/figures.schema.json, current (${REGENERATE})`, () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../../schema/figures.schema.json', import.meta.url), 'utf8'),
    );
    expect(shipped).toEqual(registrySchema());
  });

  it('loads a valid registry and finds an entry by id, with its source in each language', () => {
    const registry = loadFigureRegistry(write('figures.yml', GOOD));
    const entry = findFigure(registry, 'mali.population');
    expect(entry).toMatchObject({ value: 20250000, year: 2020, scope: 'mali' });
    expect(entry && [sourceName(entry, 'en'), sourceName(entry, 'fr')]).toEqual([
      'World Bank 2020',
      'Banque mondiale 2020',
    ]);
    expect(findFigure(registry, 'niger.population')).toBeUndefined();
    expect(loadFigureRegistry(write('figures.json', JSON.stringify(parse(GOOD)))).entries).toHaveLength(2);
  });

  it.each(BAD)(
    'names the entry and key at fault, and the JSON Schema rejects it too (%#)',
    (text, problem) => {
      expect(verdict(text)).toBe(problem);
      expect(new Ajv({ strict: false }).validate(registrySchema(), parse(text))).toBe(false);
    },
  );

  it('the JSON Schema accepts what the loader accepts', () => {
    expect(verdict(GOOD)).toBe('valid');
    expect(new Ajv({ strict: false }).validate(registrySchema(), parse(GOOD))).toBe(true);
  });

  it('names the file when it is not YAML', () => {
    expect(verdict('mali: [unclosed')).toMatch(/^is not valid YAML/);
  });

  it('FileSettings.registryFile: the repository root’s registry, or the configuration’s, even for an ignored draft', () => {
    const root = mkdtempSync(join(tmpdir(), 'charter-lint-registry-file-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'drafts/mali'), { recursive: true });
    writeFileSync(join(root, 'figures.json'), '{}');
    expect(new FileSettings(undefined, {}, root).registryFile('drafts/mali/page.md')).toBe(
      join(root, 'figures.json'),
    );
    writeFileSync(
      join(root, 'drafts/.charter-lintrc.json'),
      JSON.stringify({ ignore: ['mali/**'], figures: { registry: '../data/figures.yml' } }),
    );
    expect(new FileSettings(undefined, {}, root).registryFile('drafts/mali/page.md')).toBe(
      join(root, 'data/figures.yml'),
    );
  });
});
