import { describe, expect, it } from 'vitest';
import { GROWTH, growthRatio, MAX_RATIO } from '../growth-ratio.js';
import { applyFixes } from '../../src/fix/apply-fixes.js';

/** `count` paragraphs, each with one word to replace. */
function fixable(count: number) {
  const paragraph = 'The chairman spoke.\n\n';
  const source = paragraph.repeat(count);
  const fixes = Array.from({ length: count }, (_, index) => {
    const start = index * paragraph.length + 'The '.length;
    return { start, end: start + 'chairman'.length, text: 'chair' };
  });
  return { source, fixes };
}

describe('applyFixes time', () => {
  it(`grows linearly with the number of fixes (${GROWTH}× the fixes, under ${MAX_RATIO}× the time)`, async () => {
    const small = fixable(1_000);
    const large = fixable(1_000 * GROWTH);
    expect(applyFixes(large.source, large.fixes).output).toBe('The chair spoke.\n\n'.repeat(1_000 * GROWTH));
    const ratio = await growthRatio(
      () => applyFixes(small.source, small.fixes),
      () => applyFixes(large.source, large.fixes),
      5,
    );
    expect(ratio, `${GROWTH}× the fixes took ${ratio.toFixed(1)}× the time`).toBeLessThan(MAX_RATIO);
  });
});
