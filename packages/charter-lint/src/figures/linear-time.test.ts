import { describe, expect, it } from 'vitest';
import { sentences } from '../text/sentences.js';
import { findStatistics } from './statistics.js';

/**
 * CPU time of `run`, the fastest of a few attempts: CPU time, not wall time,
 * so other processes on a shared machine do not count.
 */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 5; attempt++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    best = Math.min(best, used.user + used.system);
  }
  return Math.max(best, 50);
}

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

describe('linear time on adversarial input (10× the input takes well under 30× the time)', () => {
  // A generous timeout: the ratio is the assertion, and CI machines are shared.
  it.each(Object.entries(ADVERSARIAL))('%s', { timeout: 120_000 }, (_name, build) => {
    const small = build(10_000);
    const large = build(100_000);
    for (const lang of ['en', 'fr'] as const) {
      const ratio =
        fastest(() => {
          findStatistics(large, lang);
          sentences(large, lang);
        }) /
        fastest(() => {
          findStatistics(small, lang);
          sentences(small, lang);
        });
      expect(ratio).toBeLessThan(30);
    }
  });
});
