import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { expandPattern } from './expand.js';
import { LexiconError, validateLexicon } from './validate.js';

type Entry = Record<string, unknown>;
const english = JSON.parse(readFileSync(new URL('./data/en.json', import.meta.url), 'utf8')) as {
  entries: [Entry, Entry, Entry, ...Entry[]];
};
const schema = JSON.parse(readFileSync(new URL('./lexicon.schema.json', import.meta.url), 'utf8')) as object;
const schemaAccepts = new Ajv2020({ allErrors: true }).compile(schema);

/** The English lexicon with its first entry changed. */
const withFirstEntry = (change: (entry: Record<string, unknown>) => void) => {
  const copy = structuredClone(english);
  change(copy.entries[0]);
  return copy;
};

const problemsOf = (data: unknown): string[] => {
  try {
    validateLexicon(data, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as Error).message).toContain('Invalid lexicon test.json');
    return (error as LexiconError).problems;
  }
  return [];
};

describe('validateLexicon', () => {
  it.each([
    [
      'an unknown severity',
      (entry: Record<string, unknown>) => (entry.severity = 'fatal'),
      'entries[0] (aids-victim).severity: expected one of info, warning, error, got "fatal"',
    ],
    [
      'an unknown category',
      (entry: Record<string, unknown>) => (entry.category = 'tone'),
      'entries[0] (aids-victim).category: expected one of',
    ],
    [
      'no phrases',
      (entry: Record<string, unknown>) => (entry.phrases = []),
      'entries[0] (aids-victim).phrases: expected at least 1 item',
    ],
    [
      'an unclosed group',
      (entry: Record<string, unknown>) => (entry.phrases = ['aids {victim|victims']),
      'entries[0] (aids-victim).phrases[0]: unclosed "{" in pattern',
    ],
    [
      'a missing note',
      (entry: Record<string, unknown>) => delete entry.note,
      'entries[0] (aids-victim).note: expected a non-empty string',
    ],
    [
      'a link that is not https',
      (entry: Record<string, unknown>) => (entry.url = 'www.unaids.org'),
      'entries[0] (aids-victim).url: expected an https:// link',
    ],
    [
      'a misspelt key',
      (entry: Record<string, unknown>) => (entry.replacement = []),
      'entries[0] (aids-victim).replacement: unknown key',
    ],
    [
      'no accepted example',
      (entry: Record<string, unknown>) => (entry.examples = { flag: ['x'], accept: [] }),
      'entries[0] (aids-victim).examples.accept: expected at least 1 item',
    ],
    [
      'a fix with two replacements',
      (entry: Record<string, unknown>) => (entry.fix = true),
      'entries[0] (aids-victim).fix: a fix needs exactly one replacement',
    ],
  ])('rejects %s, naming the key, and so does the schema', (_title, change, problem) => {
    const data = withFirstEntry(change);
    expect(problemsOf(data).join('\n')).toContain(problem);
    expect(schemaAccepts(data)).toBe(false);
  });

  it('rejects a duplicate id and an unknown marker list (rules the schema cannot say)', () => {
    const data = structuredClone(english);
    data.entries[1].id = data.entries[0].id;
    data.entries[2].context = { unlessSentence: ['@nowhere'] };
    expect(problemsOf(data)).toEqual([
      'entries[1] (aids-victim).id: duplicate id',
      'entries[2] (tb-suspect).context.unlessSentence: unknown marker list @nowhere',
    ]);
  });

  it('rejects a lexicon that leaves a category without entries', () => {
    const data = structuredClone(english);
    data.entries = data.entries.filter((entry) => entry.category !== 'pity') as typeof data.entries;
    expect(problemsOf(data)).toEqual(['entries: no entry for category pity']);
    expect(schemaAccepts(data)).toBe(true);
  });

  it('accepts the shipped data', () => {
    expect(problemsOf(english)).toEqual([]);
  });
});

describe('expandPattern', () => {
  it('multiplies groups and makes empty alternatives optional', () => {
    expect(expandPattern('prostitu{é|ée} {de rue|}')).toEqual([
      'prostitué de rue',
      'prostitué',
      'prostituée de rue',
      'prostituée',
    ]);
  });

  it.each(['a }b', 'a {b', 'a {b} c', 'a {b|{c|d}}'])('rejects %s', (pattern) => {
    expect(() => expandPattern(pattern)).toThrow(/pattern/);
  });
});
