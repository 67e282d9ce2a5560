import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { ruleIds, ruleMetas } from '@alima/charter-lint';
import { entries, inPage, openEntry, type IndexEntry, useStaticSite } from './static-site.js';

const currentSite = useStaticSite();

const byTitle = (title: string): IndexEntry => {
  const found = entries.find((entry) => entry.title === title && entry.type === 'docs');
  if (!found) throw new Error(`No docs page ${title} in the built Storybook`);
  return found;
};

const withPage = <T>(run: (page: Page) => Promise<T>) => inPage(currentSite(), run);

const pages = [
  ['Writing rules/Vocabulary/English', 'victim', 'Flagged'],
  ['Writing rules/Vocabulary/French', 'malnutris', 'Signalé'],
] as const;

describe('the vocabulary pages', () => {
  it.each(pages)(
    '%s is readable at 1280 px: contents, written-out forms, no overflow',
    async (title, _word, flagged) =>
      withPage(async (page) => {
        await openEntry(page, currentSite().baseUrl, byTitle(title));
        await page.waitForSelector('lexicon-entry dl');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        const contents = await page.$$eval(
          '#storybook-docs a[href^="#vocabulary-"]',
          (links) => links.length,
        );
        expect(contents).toBeGreaterThanOrEqual(10);
        const shownForms = await page.$$eval('lexicon-entry dd q', (forms) =>
          forms.map((form) => form.textContent ?? ''),
        );
        expect(shownForms.length).toBeGreaterThan(100);
        expect(shownForms.filter((form) => /[{|}]/.test(form))).toEqual([]);
        expect(await page.textContent('lexicon-entry dt')).toBe(flagged);
      }),
  );

  it.each(pages)('%s filters its entries as the reader types %s', async (title, word) =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, byTitle(title));
      await page.waitForSelector('lexicon-entry dl');
      const visible = () =>
        page.$$eval('lexicon-entry:not([hidden])', (found) => found.map((entry) => entry.textContent ?? ''));
      const before = (await visible()).length;
      await page.getByRole('searchbox').fill(word);
      const after = await visible();
      expect(after.length).toBeGreaterThan(0);
      expect(after.length).toBeLessThan(before);
      expect(await page.textContent('lexicon-filter output')).toContain(String(after.length));
    }),
  );

  it.each(pages)('the sidebar search finds %s by %s', async (title, word) =>
    withPage(async (page) => {
      await page.goto(`${currentSite().baseUrl}/?path=/docs/introduction--docs`);
      await page.getByRole('link', { name: 'Draft checker' }).waitFor();
      await page.getByRole('searchbox').first().fill(word);
      // A search result is an option that opens the page at the heading it matched.
      const result = page.locator(`[role="option"][data-id^="${byTitle(title).id}#"]`).first();
      await result.waitFor({ timeout: 10_000 });
      expect((await result.textContent())?.toLowerCase()).toContain(word.slice(0, 7));
    }),
  );
});

describe('the rule book in both languages', () => {
  it.each(ruleIds.map((id) => [id] as const))('%s has its summary and rationale in French', async (id) =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, byTitle(`Writing rules/${id}`));
      const french = page.locator('rule-page section[lang="fr"]');
      await french.waitFor();
      expect(await french.locator('h2').textContent()).toBe('En français');
      const text = (await french.textContent()) ?? '';
      expect(text.length).toBeGreaterThan(150);
      // French, not the English summary again (project rules included: every rule has its meta).
      const summary = ruleMetas.find((meta) => meta.id === id)?.summary;
      expect(summary).toBeDefined();
      expect(text).not.toContain(summary);
    }),
  );
});
