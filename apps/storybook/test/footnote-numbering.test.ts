import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { entries, openEntry, useStaticSite } from './static-site.js';

const currentSite = useStaticSite();

/**
 * Per footnote scope on the page (each story root, language column and docs
 * example): the numbers its markers show, in document order, and the numbers
 * its source list shows, in list order.
 */
const numbersPerScope = (page: Page) =>
  page.$$eval('[footnote-scope]', (scopes) =>
    scopes
      .filter(
        (scope) => !scope.querySelector('[footnote-scope]') && scope.querySelector('alima-footnote-ref'),
      )
      .map((scope) => ({
        markers: [...scope.querySelectorAll('alima-footnote-ref')].map(
          (ref) =>
            ref.shadowRoot?.querySelector('[role="doc-noteref"]')?.textContent?.match(/\d+/)?.[0] ?? '',
        ),
        notes: [...scope.querySelectorAll('alima-footnote')].map(
          (note) => note.shadowRoot?.querySelector('[part~="number"]')?.textContent?.match(/\d+/)?.[0] ?? '',
        ),
      })),
  );

/** Numbers in order of first appearance must be 1, 2, 3…: each scope starts again at 1. */
const firstAppearances = (numbers: string[]) => [...new Set(numbers.filter(Boolean))];

describe('footnote numbering in the Storybook', () => {
  it.each(
    entries
      .filter(
        (entry) => entry.title.startsWith('Components/Footnotes') || entry.title === 'Components/Stat card',
      )
      .map((entry) => [entry.id, entry] as const),
  )('%s numbers each story and example from 1', async (_id, entry) => {
    const page = await currentSite().browser.newPage();
    try {
      await openEntry(page, currentSite().baseUrl, entry);
      const scopes = await numbersPerScope(page);
      for (const { markers } of scopes) {
        const order = firstAppearances(markers);
        expect(order).toEqual(order.map((_, index) => String(index + 1)));
      }
    } finally {
      await page.close();
    }
  });

  it('lists the first Footnotes story’s sources in order, in both columns, without warnings', async () => {
    const entry = entries.find((candidate) => candidate.id === 'components-footnotes--source-list');
    if (!entry) throw new Error('No Footnotes source list story');
    const page = await currentSite().browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    try {
      await openEntry(page, currentSite().baseUrl, entry);
      const scopes = await numbersPerScope(page);
      expect(scopes).toHaveLength(2);
      for (const { markers, notes } of scopes) {
        expect(markers).toEqual(['1', '2', '3', '1']);
        expect(notes).toEqual(['1', '2', '3']);
      }
      expect(warnings).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
