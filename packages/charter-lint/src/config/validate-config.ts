import { LANGS } from './langs.js';
import { SEVERITIES } from '../report/severity.js';
import { ruleIds } from '../rules/catalogue.js';
import { CONFIG_KEYS, ConfigError, type CharterLintConfig } from './config-types.js';
import { didYouMean } from './did-you-mean.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const SEVERITY_LIST = SEVERITIES.map((severity) => `"${severity}"`).join(', ');

function validateRule(file: string, id: string, setting: unknown): void {
  const [severity, options, ...rest] = Array.isArray(setting) ? setting : [setting];
  const key = `rules.${id}`;
  if (!(SEVERITIES as readonly unknown[]).includes(severity)) {
    throw new ConfigError(
      file,
      key,
      `must be a severity (${SEVERITY_LIST}) or [severity, options]; got ${JSON.stringify(setting)}.`,
    );
  }
  if ((options !== undefined && !isObject(options)) || rest.length > 0) {
    throw new ConfigError(file, key, 'must be [severity, options] with options an object.');
  }
}

/**
 * Checks a parsed configuration and returns it typed; throws a `ConfigError`
 * naming `file` and the key at fault. Browser-safe: the Storybook checker
 * validates configs typed into it with the same code.
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
  const { rules, ownSources, ignore, lang, markdownlint, maxFileSize } = value;
  if (rules !== undefined) {
    if (!isObject(rules))
      throw new ConfigError(file, 'rules', 'must be an object of rule ids to severities.');
    for (const [id, setting] of Object.entries(rules)) {
      if (!known.includes(id)) {
        const hint = /^MD\d{3}$/i.test(id)
          ? ` markdownlint rules go under "markdownlint": { "${id.toUpperCase()}": false }.`
          : didYouMean(id, known);
        throw new ConfigError(file, `rules.${id}`, `is not a charter-lint rule.${hint}`);
      }
      validateRule(file, id, setting);
    }
  }
  if (ownSources !== undefined && !isStringArray(ownSources))
    throw new ConfigError(file, 'ownSources', 'must be an array of names, e.g. ["ALIMA"].');
  if (ignore !== undefined && !isStringArray(ignore))
    throw new ConfigError(file, 'ignore', 'must be an array of globs, e.g. ["drafts/archive/**"].');
  if (lang !== undefined && !(LANGS as readonly unknown[]).includes(lang))
    throw new ConfigError(file, 'lang', `must be one of ${LANGS.join(', ')}; got ${JSON.stringify(lang)}.`);
  if (markdownlint !== undefined && markdownlint !== false && !isObject(markdownlint))
    throw new ConfigError(file, 'markdownlint', 'must be an object of markdownlint settings, or false.');
  if (maxFileSize !== undefined && !(Number.isSafeInteger(maxFileSize) && (maxFileSize as number) > 0))
    throw new ConfigError(
      file,
      'maxFileSize',
      `must be a whole number of bytes above 0, e.g. 1000000; got ${JSON.stringify(maxFileSize)}.`,
    );
  return value as CharterLintConfig;
}
