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
    const byMatching = (text: string) => {
      const tokens = [];
      let previousEnd = 0;
      for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+|%/gu)) {
        const gap = text.slice(previousEnd, match.index);
        tokens.push({
          norm: normalize(match[0]),
          start: match.index,
          end: match.index + match[0].length,
          joined: tokens.length > 0 && /^[,\s\u00a0\u202f\-\u2010\u2011'\u2019\u02bc]*$/u.test(gap),
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
      ),
      fc.constantFrom(' ', ', ', '-', '’', '.', '\u00a0', '\n', '_', '3,5'),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(byMatching(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('phraseWords', () => {
  it('is the folded words of a phrase', () => {
    expect(phraseWords('Personnes vivant avec le VIH')).toEqual(['personnes', 'vivant', 'avec', 'le', 'vih']);
  });
});
