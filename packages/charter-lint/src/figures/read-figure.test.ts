import { describe, expect, it } from 'vitest';
import { readFigure } from './read-figure.js';

describe('readFigure', () => {
  it('reads English figures with their scale word', () => {
    expect(readFigure('20.25 million inhabitants', 'en')).toEqual({
      value: 20250000,
      text: '20.25 million',
      end: 13,
      scaled: true,
    });
    expect(readFigure('185,000 children', 'en')).toMatchObject({
      value: 185000,
      text: '185,000',
      scaled: false,
    });
    expect(readFigure('1.2 billion', 'en')?.value).toBe(1.2e9);
  });

  it('reads French figures: comma decimals, space groups, long-scale billions', () => {
    expect(readFigure('20,25 millions d’habitants', 'fr')).toMatchObject({
      value: 20250000,
      text: '20,25 millions',
      scaled: true,
    });
    expect(readFigure('185\u202f000 enfants', 'fr')?.value).toBe(185000);
    expect(readFigure('2 milliards', 'fr')?.value).toBe(2e9);
    expect(readFigure('1 billion', 'fr')?.value).toBe(1e12);
  });

  it('reads nothing when the text does not start with a number', () => {
    expect(readFigure('Outbreak response', 'en')).toBeUndefined();
    expect(readFigure('In 2020, 3 million', 'en')).toBeUndefined();
    expect(readFigure('2.3.1 release', 'en')).toBeUndefined();
  });
});
