// Writes src/markdownlint/markdownlint-rules.json (from the installed markdownlint's
// configuration schema) and schema/charter-lintrc.schema.json (from the rule catalogue).
// Run after the build: `npm run build && npm run schemas -w @alima/charter-lint`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compactMarkdownlintSchema } from '../dist/markdownlint/compact-schema.js';

const markdownlintDir = join(createRequire(import.meta.url).resolve('markdownlint'), '../..');
const read = (path) => JSON.parse(readFileSync(join(markdownlintDir, path), 'utf8'));
const compact = compactMarkdownlintSchema(
  read('schema/markdownlint-config-schema.json'),
  read('package.json').version,
);
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL('../src/markdownlint/markdownlint-rules.json', import.meta.url), json(compact));

// After markdownlint-rules.json: the config schema links markdownlint's schema of that version.
const { configSchema } = await import('../dist/config/config-schema.js');
writeFileSync(new URL('../schema/charter-lintrc.schema.json', import.meta.url), json(configSchema()));
console.log('Wrote src/markdownlint/markdownlint-rules.json and schema/charter-lintrc.schema.json.');

const { registrySchema } = await import('../dist/registry/registry-schema.js');
writeFileSync(new URL('../schema/figures.schema.json', import.meta.url), json(registrySchema()));
console.log('Wrote schema/figures.schema.json.');
