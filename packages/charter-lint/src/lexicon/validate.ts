import { SEVERITIES } from '../report/severity.js';
import { expandPattern } from './expand.js';
import { LANGS } from '../config/langs.js';
import { CATEGORIES, type Lexicon } from './types.js';

/** A lexicon that does not match its schema: every problem, each with the key it is at. */
export class LexiconError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Invalid lexicon ${source}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'LexiconError';
  }
}

type Check = (value: unknown, key: string) => void;

const ENTRY_KEYS = [
  'id',
  'category',
  'severity',
  'phrases',
  'replacements',
  'advice',
  'fix',
  'skipBeforeName',
  'note',
  'url',
  'exceptions',
  'context',
  'examples',
];

/**
 * Checks data against the rules of `lexicon.schema.json` (the schema is the
 * reference; this hand-written twin keeps a validator out of the browser
 * bundle) and the rules a schema cannot say: unique ids, known `@markers`,
 * patterns that expand, a fix only with one replacement and no context.
 */
export function validateLexicon(data: unknown, source: string): Lexicon {
  const problems: string[] = [];
  const fail = (key: string, message: string) => problems.push(`${key}: ${message}`);

  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const text: Check = (value, key) => {
    if (typeof value !== 'string' || value.trim() === '') fail(key, 'expected a non-empty string');
  };
  const oneOf =
    (allowed: readonly string[]): Check =>
    (value, key) => {
      if (typeof value !== 'string' || !allowed.includes(value))
        fail(key, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
    };
  const texts =
    (min: number, each: Check = text): Check =>
    (value, key) => {
      if (!Array.isArray(value)) {
        fail(key, 'expected an array of strings');
        return;
      }
      if (value.length < min) fail(key, `expected at least ${min} item${min === 1 ? '' : 's'}`);
      value.forEach((item, index) => each(item, `${key}[${index}]`));
    };
  const pattern: Check = (value, key) => {
    text(value, key);
    if (typeof value !== 'string') return;
    try {
      expandPattern(value);
    } catch (error) {
      fail(key, (error as Error).message);
    }
  };
  const onlyKeys = (value: Record<string, unknown>, keys: readonly string[], key: string) => {
    for (const name of Object.keys(value)) if (!keys.includes(name)) fail(`${key}.${name}`, 'unknown key');
  };

  if (!isObject(data)) throw new LexiconError(source, ['(root): expected an object']);
  onlyKeys(data, ['$schema', 'lang', 'categories', 'allowed', 'markers', 'nameChanged', 'entries'], '(root)');
  oneOf(LANGS)(data.lang, 'lang');
  texts(0, pattern)(data.allowed, 'allowed');
  texts(1, pattern)(data.nameChanged, 'nameChanged');

  const markers = isObject(data.markers) ? data.markers : {};
  if (!isObject(data.markers)) fail('markers', 'expected an object of phrase lists');
  for (const [name, list] of Object.entries(markers)) texts(1, pattern)(list, `markers.${name}`);

  if (!isObject(data.categories)) fail('categories', 'expected an object with every category');
  else {
    onlyKeys(data.categories, CATEGORIES, 'categories');
    for (const category of CATEGORIES) {
      const entry = data.categories[category];
      if (!isObject(entry)) {
        fail(`categories.${category}`, 'missing');
        continue;
      }
      onlyKeys(entry, ['title', 'description'], `categories.${category}`);
      text(entry.title, `categories.${category}.title`);
      text(entry.description, `categories.${category}.description`);
    }
  }

  if (!Array.isArray(data.entries)) fail('entries', 'expected an array');
  const entries = Array.isArray(data.entries) ? data.entries : [];
  const ids = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : '?';
    const key = `entries[${index}] (${id})`;
    if (!isObject(entry)) {
      fail(key, 'expected an object');
      return;
    }
    onlyKeys(entry, ENTRY_KEYS, key);
    if (typeof entry.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id))
      fail(`${key}.id`, 'expected a kebab-case id');
    else if (ids.has(entry.id)) fail(`${key}.id`, 'duplicate id');
    else ids.add(entry.id);
    oneOf(CATEGORIES)(entry.category, `${key}.category`);
    oneOf(SEVERITIES.filter((severity) => severity !== 'off'))(entry.severity, `${key}.severity`);
    texts(1, pattern)(entry.phrases, `${key}.phrases`);
    texts(0)(entry.replacements, `${key}.replacements`);
    if (entry.advice !== undefined) text(entry.advice, `${key}.advice`);
    texts(0, pattern)(entry.exceptions, `${key}.exceptions`);
    text(entry.note, `${key}.note`);
    if (typeof entry.url !== 'string' || !/^https:\/\/\S+$/.test(entry.url))
      fail(`${key}.url`, 'expected an https:// link to the guidance');
    for (const flag of ['fix', 'skipBeforeName'])
      if (entry[flag] !== undefined && typeof entry[flag] !== 'boolean')
        fail(`${key}.${flag}`, 'expected a boolean');
    if (entry.context !== undefined) {
      if (!isObject(entry.context)) fail(`${key}.context`, 'expected an object');
      else {
        onlyKeys(entry.context, ['unlessSentence', 'ifSentence', 'namedChild'], `${key}.context`);
        const { unlessSentence, ifSentence, namedChild } = entry.context;
        if (unlessSentence === undefined && ifSentence === undefined && namedChild === undefined)
          fail(`${key}.context`, 'expected unlessSentence, ifSentence or namedChild');
        for (const [name, list] of [
          ['unlessSentence', unlessSentence],
          ['ifSentence', ifSentence],
        ] as const) {
          if (list === undefined) continue;
          texts(1, pattern)(list, `${key}.context.${name}`);
          if (Array.isArray(list))
            for (const phrase of list)
              if (typeof phrase === 'string' && phrase.startsWith('@') && !(phrase.slice(1) in markers))
                fail(`${key}.context.${name}`, `unknown marker list ${phrase}`);
        }
        if (namedChild !== undefined && namedChild !== true)
          fail(`${key}.context.namedChild`, 'expected true');
      }
    }
    if (entry.fix === true) {
      if (!Array.isArray(entry.replacements) || entry.replacements.length !== 1)
        fail(`${key}.fix`, 'a fix needs exactly one replacement');
      if (entry.context !== undefined) fail(`${key}.fix`, 'an entry with a context is never fixed');
    }
    if (!isObject(entry.examples)) fail(`${key}.examples`, 'expected { flag, accept }');
    else {
      onlyKeys(entry.examples, ['flag', 'accept'], `${key}.examples`);
      texts(1)(entry.examples.flag, `${key}.examples.flag`);
      texts(1)(entry.examples.accept, `${key}.examples.accept`);
    }
  });
  for (const category of CATEGORIES)
    if (!entries.some((entry: unknown) => isObject(entry) && entry.category === category))
      fail('entries', `no entry for category ${category}`);

  if (problems.length > 0) throw new LexiconError(source, problems);
  return data as unknown as Lexicon;
}
