import type { SchemaNode } from '../config/schema-check.js';

/** What charter-lint keeps of markdownlint's configuration schema to check a `markdownlint` setting. */
export interface MarkdownlintRules {
  /** markdownlint's version the list was taken from. */
  version: string;
  /** Per rule id (`MD033`): its aliases and the schema of its object setting. */
  rules: Record<string, { aliases: string[]; options: SchemaNode }>;
  /** Tags that turn groups of rules on or off (`headings`). */
  tags: string[];
}

interface FullSchema {
  properties: Record<string, { description?: string; oneOf?: Record<string, unknown>[] }>;
}

/** Drops descriptions and defaults; in `properties`, keys are option names and all kept. */
const strip = (value: unknown, names = false): unknown => {
  if (Array.isArray(value)) return value.map((item) => strip(item));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => names || (key !== 'description' && key !== 'default'))
      .map(([key, item]) => [key, strip(item, !names && key === 'properties')]),
  );
};

/**
 * Reduces markdownlint's `markdownlint-config-schema.json` (135 KB, with
 * descriptions and defaults) to rule ids, aliases, option types and tags, for
 * the browser-safe config check. `scripts/generate-schemas.js` writes the
 * result to `markdownlint-rules.json`; a test keeps it equal to the schema
 * of the markdownlint installed.
 */
export function compactMarkdownlintSchema(schema: FullSchema, version: string): MarkdownlintRules {
  const result: MarkdownlintRules = { version, rules: {}, tags: [] };
  for (const [key, property] of Object.entries(schema.properties)) {
    const heading = /^(\S+) : /.exec(property.description ?? '')?.[1] ?? '';
    const rule = /^(MD\d{3})\/(\S+)$/.exec(heading);
    if (rule) {
      const [, id = '', alias = ''] = rule;
      if (key !== id) continue;
      const object = property.oneOf?.find((branch) => branch.type === 'object') ?? { type: 'object' };
      result.rules[id] = { aliases: [alias], options: strip(object) as SchemaNode };
    } else if (heading === key && !['default', 'extends', '$schema'].includes(key)) {
      result.tags.push(key);
    }
  }
  return result;
}
