import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compiledLexicon, lexicons } from './index.js';
import { findPhrases } from './find.js';
import { LANGS } from '../config/langs.js';
import { CATEGORIES } from './types.js';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));
const schema = read('./lexicon.schema.json') as object;

describe.each(LANGS)('the %s lexicon', (lang) => {
  const lexicon = lexicons[lang];
  const compiled = compiledLexicon(lexicon);

  it('matches lexicon.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const valid = validate(read(`./data/${lang}.json`));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('covers every category of content-rules §4', () => {
    for (const category of CATEGORIES)
      expect(lexicon.entries.filter((entry) => entry.category === category).length, category).toBeGreaterThan(
        0,
      );
  });

  it('flags at least 150 phrases once inflections are expanded', () => {
    expect(compiled.matcher.size).toBeGreaterThanOrEqual(150);
  });

  describe.each(lexicon.entries.map((entry) => [entry.id, entry] as const))('entry %s', (_id, entry) => {
    it.each(entry.examples.flag)('flags: %s', (sentence) => {
      const hits = findPhrases(compiled, sentence, () => false);
      expect(hits.map((hit) => hit.entry.id)).toContain(entry.id);
    });
    it.each(entry.examples.accept)('accepts: %s', (sentence) => {
      const hits = findPhrases(compiled, sentence, () => false);
      expect(hits.map((hit) => `${hit.entry.id}: ${sentence.slice(hit.start, hit.end)}`)).toEqual([]);
    });
  });
});
