import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, phraseWords, tokenize } from './tokens.js';

describe('tokenize', () => {
  it('splits words, numbers and percent signs, folding case, accents and ligatures', () => {
    expect(tokenize('Les ŒUVRES d’Éloïse : 100 % guéries').map((token) => token.norm)).toEqual([
      'les',
      'oeuvres',
      'd',
      'eloise',
      '100',
      '%',
      'gueries',
    ]);
  });

  it('joins words across spaces, commas, hyphens and apostrophes only', () => {
    expect(tokenize('wheelchair-bound, l’handicapé. Next').map((token) => token.joined)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('gives the tokens of a regular-expression split, for any text', () => {
    const invisible = '\u00ad\u200b-\u200d\u2060\ufeff';
    const word = new RegExp(`[\\p{L}\\p{N}\\p{M}]+(?:[${invisible}]+[\\p{L}\\p{N}\\p{M}]+)*|%`, 'gu');
    const joining = new RegExp(`^[,\\s\\u00a0\\u202f\\-\\u2010\\u2011'\\u2019\\u02bc${invisible}]*$`, 'u');
    const byMatching = (text: string) => {
      const tokens = [];
      let previousEnd = 0;
      for (const match of text.matchAll(word)) {
        const gap = text.slice(previousEnd, match.index);
        tokens.push({
          norm: normalize(match[0]),
          start: match.index,
          end: match.index + match[0].length,
          joined: tokens.length > 0 && joining.test(gap),
        });
        previousEnd = match.index + match[0].length;
      }
      return tokens;
    };
    const piece = fc.oneof(
      fc.constantFrom(
        'the',
        'The',
        'DANS',
        'été',
        'Œuvre',
        'e\u0301',
        'ℌ',
        '𝒜',
        '\ud800',
        '\udc00',
        '٣',
        '%',
        'ｃｈａｉｒ',
      ),
      fc.constantFrom(
        ' ',
        ', ',
        '-',
        '’',
        '.',
        '\u00a0',
        '\n',
        '_',
        '3,5',
        '\u200d',
        '\u00ad',
        '\ufeff\u200b',
      ),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(byMatching(text));
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('invisible characters and compatibility forms', () => {
  it.each([
    ['a zero-width joiner', 'chair\u200dman'],
    ['a zero-width space', 'chair\u200bman'],
    ['a zero-width non-joiner', 'chair\u200cman'],
    ['a word joiner', 'chair\u2060man'],
    ['a zero-width no-break space', 'chair\ufeffman'],
    ['soft hyphens', 'chair\u00adma\u00adn'],
    ['fullwidth letters', 'ｃｈａｉｒｍａｎ'],
    ['several invisible characters in a row', 'chair\u200b\u200d\u00adman'],
  ])('%s do not split or change a word', (_what, word) => {
    const text = `The ${word} spoke.`;
    expect(tokenize(text)).toEqual([
      { norm: 'the', start: 0, end: 3, joined: false },
      { norm: 'chairman', start: 4, end: 4 + word.length, joined: true },
      { norm: 'spoke', start: 5 + word.length, end: 10 + word.length, joined: true },
    ]);
  });

  it('joins the words of a phrase across invisible characters in the gap', () => {
    expect(tokenize('wheelchair\u200b-\u00adbound').map((token) => [token.norm, token.joined])).toEqual([
      ['wheelchair', false],
      ['bound', true],
    ]);
  });

  it('keeps invisible characters at a word’s edge out of it', () => {
    expect(tokenize('\u200bchair\u200d ').map(({ start, end }) => [start, end])).toEqual([[1, 6]]);
  });
});

describe('phraseWords', () => {
  it('is the folded words of a phrase', () => {
    expect(phraseWords('Personnes vivant avec le VIH')).toEqual(['personnes', 'vivant', 'avec', 'le', 'vih']);
  });
});
