import { describe, expect, it } from 'vitest';
import { entries, openEntry, useStaticSite } from './static-site.js';

const currentSite = useStaticSite();

describe('the Typography page', () => {
  it('shows each size of the scale at that size, in English and French', async () => {
    const entry = entries.find((candidate) => candidate.title === 'Foundations/Typography');
    if (!entry) throw new Error('No Typography page in the built Storybook');
    const page = await currentSite().browser.newPage();
    try {
      await openEntry(page, currentSite().baseUrl, entry);
      const rows = await page.$$eval('type-scale table', (tables) => {
        const sizes = tables.find((table) =>
          (table as HTMLTableElement).caption?.textContent?.includes('Font sizes'),
        );
        const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
        return [...(sizes?.querySelectorAll('tbody tr') ?? [])].map((row) => ({
          token: row.querySelector('th')?.textContent?.trim(),
          expected: parseFloat(row.querySelector('.token-value')?.textContent ?? '') * rootSize,
          shown: [...row.querySelectorAll('[lang]')].map((sample) =>
            parseFloat(getComputedStyle(sample).fontSize),
          ),
        }));
      });
      expect(rows.length).toBeGreaterThanOrEqual(7);
      for (const { token, expected, shown } of rows) {
        expect(shown, token).toHaveLength(2);
        for (const size of shown) expect(size, token).toBeCloseTo(expected, 1);
      }
      // A scale, not one size: the largest sample is well over twice the smallest.
      const sizes = rows.map((row) => row.shown[0] ?? 0);
      expect(Math.max(...sizes) / Math.min(...sizes)).toBeGreaterThan(3);
    } finally {
      await page.close();
    }
  });
});
