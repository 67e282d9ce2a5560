import { describe, expect, it } from 'vitest';
import { variantName, variantsOf } from '../visual/variants.js';

const names = (globals: Record<string, unknown>) => variantsOf(globals).map(variantName);

describe('the variants a story is screenshot in', () => {
  it('are both languages, both surfaces and both widths, then forced colours', () => {
    expect(names({})).toEqual([
      'en-light-375',
      'en-light-1280',
      'en-dark-375',
      'en-dark-1280',
      'fr-light-375',
      'fr-light-1280',
      'fr-dark-375',
      'fr-dark-1280',
      'forced-colors-en-light-1280',
    ]);
  });

  it('take a side-by-side story once per surface and width: its language switch is pinned', () => {
    expect(names({ locale: 'both' })).toEqual([
      'both-light-375',
      'both-light-1280',
      'both-dark-375',
      'both-dark-1280',
      'forced-colors-both-light-1280',
    ]);
  });

  it('take a story that pins its surface on that surface only', () => {
    expect(names({ surface: 'dark' })).toEqual([
      'en-dark-375',
      'en-dark-1280',
      'fr-dark-375',
      'fr-dark-1280',
      'forced-colors-en-dark-1280',
    ]);
  });
});
