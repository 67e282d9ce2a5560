import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createParser } from '../parse/processor.js';
import {
  detectLanguage,
  documentLang,
  ENGLISH_MARKERS,
  FRENCH_MARKERS,
  frontMatterTag,
  langFromTag,
  textLang,
} from './language.js';

const FRENCH = 'Les enfants sont soignés dans le centre de santé et la maternité.\n';
const ENGLISH = 'The children are treated in the health centre and the maternity ward.\n';

function langOf(markdown: string, options?: unknown, engineLang?: string) {
  const file = new VFile({ value: markdown });
  if (engineLang !== undefined) file.data.lang = engineLang;
  return documentLang(createParser().parse(file), file, options);
}

describe('langFromTag', () => {
  it('reads the primary subtag of a BCP 47 tag, and nothing else', () => {
    expect([langFromTag('fr-FR'), langFromTag(' EN_gb '), langFromTag('de'), langFromTag(3)]).toEqual([
      'fr',
      'en',
      undefined,
      undefined,
    ]);
  });
});

describe('detectLanguage', () => {
  it('tells French from English by their common words, English when in doubt', () => {
    expect([detectLanguage(FRENCH), detectLanguage(ENGLISH), detectLanguage('332,957 MUAC')]).toEqual([
      'fr',
      'en',
      'en',
    ]);
  });

  it('counts words in any case, between any punctuation, past letters outside the BMP', () => {
    expect(detectLanguage('LES Enfants, DANS «le» centre… et_la')).toBe('fr');
    expect(detectLanguage('𝒜the the 𝒜 le le le')).toBe('fr');
  });

  it('has markers a scan can key: short words of ASCII letters', () => {
    for (const word of [...ENGLISH_MARKERS, ...FRENCH_MARKERS]) expect(word).toMatch(/^[a-z]{1,5}$/);
  });

  it('gives the guess of a plain split into words, for any text', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...ENGLISH_MARKERS,
        ...FRENCH_MARKERS,
        'The',
        'DANS',
        'thesee',
        'été',
        'ℌ',
        '𝒜',
        '\ud800',
        '\udc00',
        ' ',
        '-',
        '’',
        '3',
        '\n',
      ),
      fc.string({ maxLength: 3 }),
    );
    const bySplitting = (text: string) => {
      let score = 0;
      for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
        if (ENGLISH_MARKERS.has(word)) score++;
        else if (FRENCH_MARKERS.has(word)) score--;
      }
      return score < 0 ? 'fr' : 'en';
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(detectLanguage(text)).toBe(bySplitting(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('documentLang', () => {
  it('takes front matter first, then the engine, then the option, then detection', () => {
    expect(langOf(`---\nlang: fr-FR\n---\n\n${ENGLISH}`, { lang: 'en' }, 'en')).toBe('fr');
    expect(langOf(ENGLISH, { lang: 'en' }, 'fr')).toBe('fr');
    expect(langOf(ENGLISH, { lang: 'fr' })).toBe('fr');
    expect(langOf(FRENCH)).toBe('fr');
    expect(langOf(ENGLISH)).toBe('en');
  });

  it('skips a front matter language it does not support, which frontMatterTag still reports', () => {
    const markdown = `---\ntitle: Mali\nlanguage: de\n---\n\n${FRENCH}`;
    expect(langOf(markdown)).toBe('fr');
    expect(frontMatterTag(createParser().parse(markdown))).toBe('de');
  });

  it('guesses from the text it is given rather than the whole source', () => {
    const file = new VFile({ value: FRENCH });
    expect(documentLang(createParser().parse(file), file, undefined, () => ENGLISH)).toBe('en');
  });
});

describe('textLang', () => {
  it('reads the front matter before the words', () => {
    expect(textLang(`---\nlang: fr-FR\n---\n\n${ENGLISH}`)).toBe('fr');
    expect(textLang(`---\r\ntitle: Mali\r\nlanguage: en\r\n---\r\n${FRENCH}`)).toBe('en');
  });

  it('guesses from the words without front matter, or with a tag of another language', () => {
    expect(textLang(FRENCH)).toBe('fr');
    expect(textLang(ENGLISH)).toBe('en');
    expect(textLang(`---\nlang: de\n---\n${FRENCH}`)).toBe('fr');
  });

  it('does not take a `lang:` line after a thematic break for front matter', () => {
    expect(textLang(`${FRENCH}\n---\nlang: en\n---\n`)).toBe('fr');
  });
});
