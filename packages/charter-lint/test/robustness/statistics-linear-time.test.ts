import { describe, expect, it } from 'vitest';
import { GROWTH, growthRatio, MAX_RATIO } from '../growth-ratio.js';
import { sentences } from '../../src/text/sentences.js';
import { findStatistics } from '../../src/figures/statistics.js';

// Inputs built to make a backtracking pattern blow up: long digit runs with
// separators that almost group, chains that almost join, markers that never close.
const ADVERSARIAL: Record<string, (size: number) => string> = {
  'grouped digits ending in a bad group': (size) => `1${',234'.repeat(size / 4)}5`,
  'French groups with every kind of space': (size) => '123 456\u00A0789\u202F'.repeat(size / 12),
  'groups of four': (size) => '1,2345'.repeat(size / 6),
  'a dotted chain': (size) => '1.'.repeat(size / 2),
  'a hyphen chain': (size) => '12-'.repeat(size / 3),
  'a range chain': (size) => '12 to '.repeat(size / 6),
  'one long digit run': (size) => '9'.repeat(size),
  'unclosed shortcodes': (size) => '{{< 12 '.repeat(size / 7),
  'addresses without spaces': (size) => '@1://'.repeat(size / 5),
  'phone-like digits': (size) => '+123 4567 '.repeat(size / 10),
  'a long line of prose': (size) =>
    'Dr. Smith of the U.S. saw 12,345 people, e.g. 3.5 million in 2020.⁵ Nous avons '.repeat(size / 80),
};

describe(`linear time on adversarial input (${GROWTH}× the input takes under ${MAX_RATIO}× the time)`, () => {
  // A generous timeout: the ratio is the assertion, and CI machines are shared.
  it.each(Object.entries(ADVERSARIAL))('%s', { timeout: 120_000 }, async (_name, build) => {
    const small = build(8_000);
    const large = build(8_000 * GROWTH);
    for (const lang of ['en', 'fr'] as const) {
      const scan = (text: string) => () => {
        findStatistics(text, lang);
        sentences(text, lang);
      };
      const ratio = await growthRatio(scan(small), scan(large));
      expect(ratio, `${GROWTH}× the input took ${ratio.toFixed(1)}× the time`).toBeLessThan(MAX_RATIO);
    }
  });
});
