import { LANGS } from './langs.js';
import { SEVERITIES, type Severity } from '../report/severity.js';
import { ruleIds, ruleMetas } from '../rules/catalogue.js';
import { CONFIG_KEYS, ConfigError, type CharterLintConfig, type RuleSetting } from './config-types.js';
import { didYouMean } from './did-you-mean.js';
import { checkSchema, type SchemaNode } from './schema-check.js';
import { validateMarkdownlint } from './validate-markdownlint.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const SEVERITY_LIST = SEVERITIES.map((severity) => `"${severity}"`).join(', ');

/** ESLint's spelling, accepted so a writer used to it is not stopped. */
const ALIASES: Record<string, Severity> = { warn: 'warning' };

/** Each catalogue rule's options, as a schema that rejects unknown keys. */
const OPTION_SCHEMAS = new Map<string, SchemaNode>(
  ruleMetas.map((meta) => [
    meta.id,
    { type: 'object', additionalProperties: false, properties: meta.options ?? {} },
  ]),
);

/** The `figures` setting's keys. */
export const FIGURES_SCHEMA: SchemaNode = {
  type: 'object',
  additionalProperties: false,
  properties: {
    registry: { type: 'string' },
    maxAgeYears: { type: 'integer', minimum: 0 },
  },
};

function validateRule(file: string, id: string, setting: unknown): RuleSetting {
  const [given, options, ...rest] = Array.isArray(setting) ? setting : [setting];
  const key = `rules.${id}`;
  const severity = typeof given === 'string' ? (ALIASES[given] ?? given) : given;
  if (!(SEVERITIES as readonly unknown[]).includes(severity)) {
    const hint = typeof given === 'string' ? didYouMean(given, SEVERITIES) : '';
    throw new ConfigError(
      file,
      key,
      `must be a severity (${SEVERITY_LIST}) or [severity, options]; got ${JSON.stringify(setting)}.${hint}`,
    );
  }
  if ((options !== undefined && !isObject(options)) || rest.length > 0) {
    throw new ConfigError(file, key, 'must be [severity, options] with options an object.');
  }
  const schema = OPTION_SCHEMAS.get(id);
  const found = options === undefined || schema === undefined ? undefined : checkSchema(schema, options);
  if (found) throw new ConfigError(file, `${key}.${found.at}`, found.problem);
  if (!Array.isArray(setting)) return severity as Severity;
  return options === undefined ? [severity as Severity] : [severity as Severity, options];
}

function validateRules(rules: unknown, file: string, known: readonly string[]): CharterLintConfig['rules'] {
  if (!isObject(rules)) throw new ConfigError(file, 'rules', 'must be an object of rule ids to severities.');
  const checked: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) {
    if (!known.includes(id)) {
      const hint = /^MD\d{3}$/i.test(id)
        ? ` markdownlint rules go under "markdownlint": { "${id.toUpperCase()}": false }.`
        : didYouMean(id, known);
      throw new ConfigError(file, `rules.${id}`, `is not a charter-lint rule.${hint}`);
    }
    checked[id] = validateRule(file, id, setting);
  }
  return checked;
}

/**
 * Checks a parsed configuration and returns it typed, with severities in
 * their canonical spelling (`warn` becomes `warning`); throws a
 * `ConfigError` naming `file` and the key at fault, with a "did you mean"
 * for near misses. Browser-safe: the Storybook checker validates configs
 * typed into it with the same code.
 */
export function validateConfig(
  value: unknown,
  file: string,
  known: readonly string[] = ruleIds,
): CharterLintConfig {
  if (!isObject(value)) throw new ConfigError(file, undefined, 'must contain an object of settings.');
  for (const key of Object.keys(value)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(
        file,
        key,
        `is not a charter-lint setting (expected one of ${CONFIG_KEYS.join(', ')}).${didYouMean(key, CONFIG_KEYS)}`,
      );
    }
  }
  const {
    rules,
    ownSources,
    allow,
    ignore,
    lang,
    markdownlint,
    maxFileSize,
    root,
    extends: bases,
    $schema,
    figures,
  } = value;
  if ($schema !== undefined && typeof $schema !== 'string')
    throw new ConfigError(file, '$schema', 'must be the URL or path of a JSON Schema.');
  if (root !== undefined && typeof root !== 'boolean')
    throw new ConfigError(file, 'root', `must be true or false; got ${JSON.stringify(root)}.`);
  if (bases !== undefined && typeof bases !== 'string' && !isStringArray(bases))
    throw new ConfigError(file, 'extends', 'must be a path or package name, or an array of them.');
  if (ownSources !== undefined && !isStringArray(ownSources))
    throw new ConfigError(file, 'ownSources', 'must be an array of names, e.g. ["ALIMA"].');
  if (allow !== undefined && !(isStringArray(allow) && allow.every((phrase) => /\S/.test(phrase))))
    throw new ConfigError(file, 'allow', 'must be an array of phrases, e.g. ["Third World Network"].');
  if (ignore !== undefined && !isStringArray(ignore))
    throw new ConfigError(file, 'ignore', 'must be an array of globs, e.g. ["drafts/archive/**"].');
  if (lang !== undefined && !(LANGS as readonly unknown[]).includes(lang))
    throw new ConfigError(file, 'lang', `must be one of ${LANGS.join(', ')}; got ${JSON.stringify(lang)}.`);
  if (markdownlint !== undefined && markdownlint !== false) {
    if (!isObject(markdownlint))
      throw new ConfigError(file, 'markdownlint', 'must be an object of markdownlint settings, or false.');
    validateMarkdownlint(markdownlint, file, 'markdownlint');
  }
  if (maxFileSize !== undefined && !(Number.isSafeInteger(maxFileSize) && (maxFileSize as number) > 0))
    throw new ConfigError(
      file,
      'maxFileSize',
      `must be a whole number of bytes above 0, e.g. 1000000; got ${JSON.stringify(maxFileSize)}.`,
    );
  if (figures !== undefined) {
    const found = isObject(figures)
      ? checkSchema(FIGURES_SCHEMA, figures)
      : { at: '', problem: 'must be an object: { "registry": "figures.yml", "maxAgeYears": 5 }.' };
    if (found)
      throw new ConfigError(file, found.at === '' ? 'figures' : `figures.${found.at}`, found.problem);
  }
  const config = { ...value } as CharterLintConfig;
  if (rules !== undefined) config.rules = validateRules(rules, file, known);
  return config;
}
