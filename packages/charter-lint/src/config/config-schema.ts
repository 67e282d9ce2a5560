import { markdownlintRules } from '../markdownlint/known-rules.js';
import { ruleMetas } from '../rules/catalogue.js';
import type { RuleMeta } from '../rules/rule-meta.js';
import { SEVERITIES } from '../report/severity.js';
import { LANGS } from './langs.js';

/** Where the published schema lives, for `$schema` in configuration files. */
export const CONFIG_SCHEMA_URL =
  'https://raw.githubusercontent.com/alima-ngo/toolkit/main/packages/charter-lint/schema/charter-lintrc.schema.json';

const stringArray = (description: string) => ({ description, type: 'array', items: { type: 'string' } });

function ruleSetting(meta: RuleMeta) {
  const options = { type: 'object', additionalProperties: false, properties: meta.options ?? {} };
  return {
    description: `${meta.summary} (default: ${meta.defaultSeverity})`,
    oneOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 1, maxItems: 2 },
    ],
  };
}

/**
 * The JSON Schema of a charter-lint configuration file, from the rule
 * catalogue: editors complete rule ids and options and flag mistakes. The
 * package ships it as `schema/charter-lintrc.schema.json` (written by
 * `scripts/generate-schemas.js`; a test keeps the file current).
 */
export function configSchema() {
  const markdownlintSchema = `https://raw.githubusercontent.com/DavidAnson/markdownlint/v${markdownlintRules.version}/schema/markdownlint-config-schema.json`;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_URL,
    title: 'charter-lint configuration',
    type: 'object',
    additionalProperties: false,
    definitions: {
      severity: { enum: [...SEVERITIES, 'warn'], description: '"warn" is read as "warning".' },
    },
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema editors validate this file with.' },
      root: {
        type: 'boolean',
        description:
          'Stop looking for configuration files in folders above this one (the folder holding .git stops it too).',
      },
      extends: {
        description:
          'Configurations this one builds on, earliest first: paths relative to this file, or package files (JSON or YAML). This file wins.',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      rules: {
        description: 'Per rule: "off", "info", "warning" or "error", or [severity, options].',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(ruleMetas.map((meta) => [meta.id, ruleSetting(meta)])),
      },
      ownSources: stringArray('Names whose figures are the organisation\'s own data (default ["ALIMA"]).'),
      allow: stringArray(
        'Phrases charter-language never flags (organisation and programme names, e.g. "Third World Network"), as alex\'s allow.',
      ),
      ignore: stringArray("Globs, relative to this file's folder, of files not to lint."),
      lang: { enum: [...LANGS], description: 'The language of files whose front matter does not say.' },
      figures: {
        description:
          'The figure registry the project rules (figure-registry, figure-consistency) check drafts against.',
        type: 'object',
        additionalProperties: false,
        properties: {
          registry: {
            type: 'string',
            description:
              "The registry file, relative to this file's folder (default: figures.yml, figures.yaml or figures.json in the repository root).",
          },
          maxAgeYears: {
            type: 'integer',
            minimum: 0,
            description:
              'figure-registry warns where an entry more than this many years old is used (default 5).',
          },
        },
      },
      markdownlint: {
        description:
          'markdownlint settings on top of the prose defaults and the nearest .markdownlint.* file, or false to turn markdownlint off.',
        oneOf: [{ const: false }, { $ref: markdownlintSchema }],
      },
    },
  };
}
