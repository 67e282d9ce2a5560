import type { SchemaNode } from '../config/schema-check.js';

/** Where the published registry schema lives, for `$schema` in `figures.json` and YAML language servers. */
export const REGISTRY_SCHEMA_URL =
  'https://raw.githubusercontent.com/alima-ngo/toolkit/main/packages/charter-lint/schema/figures.schema.json';

/** The keys every entry must have. */
export const REQUIRED_ENTRY_KEYS = ['value', 'year', 'source', 'labels'] as const;

/** An entry id: letters, digits, `.`, `_`, `-` (`mali.population`). */
export const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const labels: SchemaNode = {
  type: 'array',
  items: { type: 'string' },
};

/** One registry entry, as the loader checks it (the JSON Schema subset of `schema-check.ts`). */
export const ENTRY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    value: { type: 'number' },
    year: { type: 'integer', minimum: 1900, maximum: 2100 },
    source: {
      oneOf: [
        { type: 'string' },
        {
          type: 'object',
          additionalProperties: false,
          properties: { en: { type: 'string' }, fr: { type: 'string' } },
        },
      ],
    },
    url: { type: 'string', pattern: '^https?://' },
    scope: { type: 'string' },
    percent: { type: 'boolean' },
    labels: { type: 'object', additionalProperties: false, properties: { en: labels, fr: labels } },
  },
} as const satisfies SchemaNode;

const DESCRIPTIONS: Record<keyof typeof ENTRY_SCHEMA.properties, string> = {
  value: 'The figure as a plain number: 20250000, not "20.25 million".',
  year: 'The year the figure describes.',
  source:
    'Who published it, as the footnote names it: "World Bank 2020", or per language: { en: "World Bank 2020", fr: "Banque mondiale 2020" }.',
  url: 'Where readers can check it.',
  scope: 'The drafts it applies to: those whose front matter says `scope: <this>`. Without, every draft.',
  percent: 'The value is a percentage (45 for "45 %").',
  labels: 'Per language, the words that name what the figure counts ("inhabitants", "habitants").',
};

/**
 * The JSON Schema of a figure registry (`figures.yml` / `figures.json`),
 * shipped as `schema/figures.schema.json` by `scripts/generate-schemas.js`
 * (a test keeps the file current). The loader checks the same rules.
 */
export function registrySchema() {
  const properties = Object.fromEntries(
    Object.entries(ENTRY_SCHEMA.properties).map(([key, node]) => [
      key,
      { ...node, description: DESCRIPTIONS[key as keyof typeof DESCRIPTIONS] },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: REGISTRY_SCHEMA_URL,
    title: 'charter-lint figure registry',
    description: "The organisation's reference figures, by id (`mali.population`).",
    type: 'object',
    properties: { $schema: { type: 'string' } },
    propertyNames: { pattern: `${ENTRY_ID.source}|^\\$schema$` },
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      required: [...REQUIRED_ENTRY_KEYS],
      properties: {
        ...properties,
        labels: {
          ...properties.labels,
          minProperties: 1,
          properties: {
            en: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
            fr: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
          },
        },
      },
    },
  };
}
