import { describe, expect, it } from 'vitest';
import type { Lang } from '../config/langs.js';
import { NOTE_MARK, sentenceFinder, sentences } from './sentences.js';

const split = (text: string, lang: Lang = 'en') =>
  sentences(text, lang).map((range) => text.slice(range.start, range.end));

describe('sentences', () => {
  it('splits at a period, question or exclamation mark before a capital', () => {
    expect(split('It rained. Then it stopped! Did it? Yes.')).toEqual([
      'It rained.',
      'Then it stopped!',
      'Did it?',
      'Yes.',
    ]);
  });

  it('keeps footnote markers after the final period with their sentence', () => {
    expect(split('They suffer from acute malnutrition.⁵ Since 2011, ALIMA is present.')).toEqual([
      'They suffer from acute malnutrition.⁵',
      'Since 2011, ALIMA is present.',
    ]);
    expect(split(`Nearly 979,000 people.${NOTE_MARK} Next one.`)[0]).toBe(
      `Nearly 979,000 people.${NOTE_MARK}`,
    );
    expect(split('He said “it is over.”¹² Then left.')[0]).toBe('He said “it is over.”¹²');
  });

  it('does not split after abbreviations and initials', () => {
    expect(split('Dr. Diallo met Mr. Keita in the U.S. Department of State.')).toHaveLength(1);
    expect(split('Some figures, e.g. Deaths, are reported. Others, i.e. Births, are not.')).toHaveLength(2);
    expect(split('J. Smith wrote it. No. 12 is next.')).toEqual(['J. Smith wrote it.', 'No. 12 is next.']);
    expect(split('M. Traoré et Mme Diarra, p. ex. Bamako, sont là.', 'fr')).toHaveLength(1);
  });

  it('does not split decimals or before a lower-case word', () => {
    expect(split('About 3.5 million people, i.e. most, face it. 12.2% do not.')).toEqual([
      'About 3.5 million people, i.e. most, face it.',
      '12.2% do not.',
    ]);
    expect(split('The rate rose… and then fell.')).toHaveLength(1);
  });

  it('always splits at a blank line', () => {
    expect(split('A list item\n\nanother one')).toEqual(['A list item', 'another one']);
  });

  it('returns the whole text when there is no boundary, and nothing for empty text', () => {
    expect(split('No boundary here')).toEqual(['No boundary here']);
    expect(sentences('')).toEqual([]);
  });
});

describe('sentenceFinder', () => {
  it('finds the whole sentence around a word, across an abbreviation, with its ordinal', () => {
    const text = 'Dr. Diallo met them. The famine (IPC Phase 5) was declared.';
    const sentenceOf = sentenceFinder(text);
    const famine = sentenceOf(text.indexOf('famine'));
    expect(text.slice(famine.range.start, famine.range.end)).toBe('The famine (IPC Phase 5) was declared.');
    expect(famine.ordinal).toBe(1);
    const first = sentenceOf(text.indexOf('Diallo'));
    expect([text.slice(first.range.start, first.range.end), first.ordinal]).toEqual([
      'Dr. Diallo met them.',
      0,
    ]);
  });

  it('gives the next sentence from the space between two, and the whole text past the end', () => {
    const text = 'One. Two.';
    const sentenceOf = sentenceFinder(text);
    expect(sentenceOf(text.indexOf(' ')).ordinal).toBe(1);
    expect(sentenceOf(text.length + 5)).toEqual({ range: { start: 0, end: text.length }, ordinal: -1 });
  });
});
