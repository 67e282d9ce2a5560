import { describe, expect, it } from 'vitest';
import { ruleIds } from '@alima/charter-lint';
import { axeViolations } from './axe-in-page.js';
import { watchForProblems } from './page-problems.js';
import { entries, openEntry, type IndexEntry, useStaticSite } from './static-site.js';

const currentSite = useStaticSite();

describe('the static Storybook', () => {
  it('lists an introduction page', () => {
    expect(entries.map((entry) => entry.title)).toContain('Introduction');
  });

  it('has a rule book page for every charter-lint rule', () => {
    const titles = entries.map((entry) => entry.title);
    expect(ruleIds.filter((id) => !titles.includes(`Writing rules/${id}`))).toEqual([]);
  });

  it('opens the manager offline, without errors', async () => {
    const { browser, baseUrl } = currentSite();
    const page = await browser.newPage();
    try {
      const problems = watchForProblems(page, baseUrl);
      await page.goto(`${baseUrl}/?path=/docs/introduction--docs`);
      await page.getByRole('link', { name: 'Draft checker' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // Docs pages are read in both themes: the Surface switch applies to them too.
  const views = entries.flatMap((entry): [string, IndexEntry, string][] =>
    entry.type === 'docs'
      ? [
          [`${entry.id} (light)`, entry, ''],
          [`${entry.id} (dark)`, entry, 'surface:dark'],
        ]
      : [[entry.id, entry, '']],
  );

  it.each(views)('renders %s without console errors or axe violations', async (_name, entry, globals) => {
    const { browser, baseUrl } = currentSite();
    const page = await browser.newPage();
    try {
      const problems = watchForProblems(page, baseUrl);
      const root = await openEntry(page, baseUrl, entry, globals);
      expect(problems).toEqual([]);
      expect(await axeViolations(page, root)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // Forced colours (Windows high contrast) as Chromium really applies them, not an imitation.
  it.each(
    entries
      .filter((entry) => entry.type === 'story' && /^(Components|Pages)\//.test(entry.title))
      .map((entry) => [entry.id, entry] as const),
  )('renders %s in real forced colours without axe violations', async (_id, entry) => {
    const { browser, baseUrl } = currentSite();
    const page = await browser.newPage();
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      const problems = watchForProblems(page, baseUrl);
      const root = await openEntry(page, baseUrl, entry);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      expect(problems).toEqual([]);
      expect(await axeViolations(page, root)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('serves a favicon', async () => {
    const response = await fetch(`${currentSite().baseUrl}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    // An ICO file starts with reserved 0, type 1 (icon).
    expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});
