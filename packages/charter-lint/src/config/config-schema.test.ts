import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compactMarkdownlintSchema } from '../markdownlint/compact-schema.js';
import { markdownlintRules } from '../markdownlint/known-rules.js';
import { ruleIds } from '../rules/catalogue.js';
import { configSchema } from './config-schema.js';
import { validateConfig } from './validate-config.js';

const REGENERATE = 'regenerate: npm run build && npm run docs -w @alima/charter-lint';
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;

describe('schema/charter-lintrc.schema.json', () => {
  it(`is current with the rule catalogue (${REGENERATE})`, () => {
    expect(read('../../schema/charter-lintrc.schema.json')).toEqual(configSchema());
  });

  it('is shipped and exported by the package', () => {
    const manifest = read('../../package.json') as { files: string[]; exports: Record<string, string> };
    expect(manifest.files).toContain('schema');
    expect(manifest.exports['./schema/charter-lintrc.schema.json']).toBe(
      './schema/charter-lintrc.schema.json',
    );
  });

  // The schema must agree with the linter's own check, or editors and the command disagree.
  const schema = { ...configSchema(), properties: { ...configSchema().properties, markdownlint: {} } };
  const validate = new Ajv({ strict: false }).compile(schema);
  const verdict = (config: unknown) => {
    let linter = true;
    try {
      validateConfig(config, 'c.json');
    } catch {
      linter = false;
    }
    return { editor: validate(config), linter };
  };

  it.each([
    { rules: { 'photo-credit': ['error', { exempt: ['logo-*'] }], 'sourced-figures': 'warn' } },
    { rules: { 'charter-language': ['off'] }, lang: 'fr', root: true, extends: ['./base.json'] },
    { $schema: './node_modules/@alima/charter-lint/schema/charter-lintrc.schema.json', ignore: ['a/**'] },
  ])('accepts what the linter accepts: %j', (config) => {
    expect(verdict(config)).toEqual({ editor: true, linter: true });
  });

  it.each([
    { rules: { 'photo-credit': ['error', { exempts: [] }] } },
    { rules: { 'photo-credit': ['error', { exempt: 'x' }] } },
    { rules: { 'no-such-rule': 'error' } },
    { rules: { 'sourced-figures': 'fatal' } },
    { rules: { 'sourced-figures': ['error', { lang: 'de' }] } },
    { lang: 'de' },
    { extends: 3 },
    { colour: true },
  ])('rejects what the linter rejects: %j', (config) => {
    expect(verdict(config)).toEqual({ editor: false, linter: false });
  });

  it('lists every rule and its options', () => {
    const properties = configSchema().properties.rules.properties;
    expect(Object.keys(properties)).toEqual(ruleIds);
  });
});

describe('src/markdownlint/markdownlint-rules.json', () => {
  it(`is current with the installed markdownlint's schema (${REGENERATE})`, () => {
    const folder = join(createRequire(import.meta.url).resolve('markdownlint'), '../..');
    const installed = (path: string) => JSON.parse(readFileSync(join(folder, path), 'utf8'));
    const expected = compactMarkdownlintSchema(
      installed('schema/markdownlint-config-schema.json'),
      installed('package.json').version,
    );
    expect(markdownlintRules).toEqual(expected);
    expect(Object.keys(markdownlintRules.rules)).toContain('MD060');
    expect(Object.keys(markdownlintRules.rules)).not.toContain('MD002');
  });
});
