import { describe, expect, it } from 'vitest';
import { noteParts } from './note-parts.js';

describe('noteParts', () => {
  it('splits a note into source and year', () => {
    expect(noteParts('World bank 2020')).toEqual({ source: 'World bank', year: '2020', url: '' });
    expect(noteParts('UNOCHA (United Nation’s Office) 2020')).toEqual({
      source: 'UNOCHA (United Nation’s Office)',
      year: '2020',
      url: '',
    });
  });

  it('reads the URL and keeps it out of the source', () => {
    expect(noteParts('UNICEF, 2020, https://data.unicef.org/mali.')).toEqual({
      source: 'UNICEF',
      year: '2020',
      url: 'https://data.unicef.org/mali',
    });
  });

  it('keeps a note without a year whole', () => {
    expect(noteParts('Ministry of Health')).toEqual({ source: 'Ministry of Health', year: '', url: '' });
  });
});
