import { describe, expect, it } from 'vitest';
import { takesPartInProject } from './takes-part.js';

const page = '---\ntitle: Mali\n---\n\nALIMA treated 5,000 patients.\n';

describe('takesPartInProject', () => {
  it.each([
    ['a registry applies', '/repo/mali.md', page, '/repo/figures.yml'],
    ['its front matter names a scope', '/repo/mali.md', '---\nscope: mali\n---\n\nText.\n', undefined],
    [
      'its front matter names a translation key',
      '/repo/mali.md',
      '---\ntranslationKey: mali\n---\n',
      undefined,
    ],
    ['its name carries a language', '/repo/mali.fr.md', page, undefined],
    ['a folder of its path is a language', '/repo/fr/pays/mali.md', page, undefined],
  ])('takes part when %s', (_case, path, text, registry) => {
    expect(takesPartInProject(path, text, registry)).toBe(true);
  });

  it.each([
    ['a page with other front matter', '/repo/news/mali.md', page],
    ['a page without front matter', '/repo/news/mali.md', 'ALIMA treated 5,000 patients.\n'],
    ['a scope named in the body, not the front matter', '/repo/news/mali.md', `${page}\nscope: mali\n`],
    ['a language-like word inside a name', '/repo/french-news/mali.md', page],
  ])('does not take part for %s', (_case, path, text) => {
    expect(takesPartInProject(path, text, undefined)).toBe(false);
  });
});
