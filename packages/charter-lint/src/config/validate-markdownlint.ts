import type { Configuration } from 'markdownlint';
import { markdownlintRuleId, markdownlintRules } from '../markdownlint/known-rules.js';
import { ConfigError } from './config-types.js';
import { didYouMean } from './did-you-mean.js';
import { checkSchema, type SchemaNode } from './schema-check.js';

const SWITCH: SchemaNode = { oneOf: [{ type: 'boolean' }, { enum: ['error', 'warning'] }] };

const ruleSchema = (options: SchemaNode): SchemaNode => ({ oneOf: [...(SWITCH.oneOf ?? []), options] });

const NAMES = [
  'default',
  ...Object.entries(markdownlintRules.rules).flatMap(([id, rule]) => [id, ...rule.aliases]),
  ...markdownlintRules.tags,
];

/**
 * Checks a markdownlint configuration as markdownlint's own schema would,
 * but strictly: an unknown rule (`MD999`) or a bad value (`"eror"`) is a
 * `ConfigError` naming `file` and `prefix.key`, where markdownlint would
 * ignore it. `$schema` and (in markdownlint's own files) `extends` pass.
 */
export function validateMarkdownlint(
  value: Record<string, unknown>,
  file: string,
  prefix: string,
  { allowExtends = false } = {},
): Configuration {
  for (const [key, setting] of Object.entries(value)) {
    const at = prefix === '' ? key : `${prefix}.${key}`;
    if (key === '$schema' || (allowExtends && key === 'extends')) continue;
    const id = markdownlintRuleId(key);
    const lower = key.toLowerCase();
    const schema =
      id !== undefined
        ? ruleSchema(markdownlintRules.rules[id]?.options ?? { type: 'object' })
        : lower === 'default' || markdownlintRules.tags.includes(lower)
          ? SWITCH
          : undefined;
    if (schema === undefined) {
      throw new ConfigError(
        file,
        at,
        `is not a markdownlint ${markdownlintRules.version} rule, alias or tag.${didYouMean(key, NAMES)}`,
      );
    }
    const found = checkSchema(schema, setting);
    if (found) throw new ConfigError(file, found.at === '' ? at : `${at}.${found.at}`, found.problem);
  }
  return value as Configuration;
}
