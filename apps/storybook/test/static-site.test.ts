import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '@alima/test-browser';
import { ruleIds } from '@alima/charter-lint';
import { axeViolations } from './axe-in-page.js';
import { watchForProblems } from './page-problems.js';
import { serveStatic } from './serve-static.js';

const staticDir = fileURLToPath(new URL('../storybook-static/', import.meta.url));

interface IndexEntry {
  id: string;
  title: string;
  type: 'story' | 'docs';
}

let browser: Browser;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  if (!existsSync(`${staticDir}index.json`)) {
    throw new Error(`No static Storybook in ${staticDir}: run \`npm run build -w @alima/storybook\` first.`);
  }
  ({ url: baseUrl, server } = await serveStatic(staticDir));
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const entries = existsSync(`${staticDir}index.json`)
  ? Object.values(
      (JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8')) as { entries: Record<string, IndexEntry> })
        .entries,
    )
  : [];

describe('the static Storybook', () => {
  it('lists an introduction page', () => {
    expect(entries.map((entry) => entry.title)).toContain('Introduction');
  });

  it('has a rule book page for every charter-lint rule', () => {
    const titles = entries.map((entry) => entry.title);
    expect(ruleIds.filter((id) => !titles.includes(`Writing rules/${id}`))).toEqual([]);
  });

  it('opens the manager offline, without errors', async () => {
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

  it.each(entries.map((entry) => [entry.id, entry] as const))(
    'renders %s without console errors or axe violations',
    async (_id, entry) => {
      const page = await browser.newPage();
      try {
        const problems = watchForProblems(page, baseUrl);
        await page.goto(
          // a11y.manual stops the a11y addon's own axe run, which would collide with ours on the page's one axe.
          `${baseUrl}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}&globals=a11y.manual:!true`,
        );
        const root = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
        await page.waitForFunction(
          (selector) => (document.querySelector(selector)?.childElementCount ?? 0) > 0,
          root,
        );
        // Let docs pages finish rendering their stories and custom elements before axe looks.
        await page.waitForLoadState('networkidle');
        expect(problems).toEqual([]);
        expect(await axeViolations(page, root)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
