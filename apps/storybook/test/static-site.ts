import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from '@alima/test-browser';
import { serveStatic } from './serve-static.js';

export const staticDir = fileURLToPath(new URL('../storybook-static/', import.meta.url));

/** An entry of the built Storybook's index.json: a story or a docs page. */
export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

/** The built Storybook's entries; empty when it was not built (beforeAll then says how to build it). */
export const entries: IndexEntry[] = existsSync(`${staticDir}index.json`)
  ? Object.values(
      (JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8')) as { entries: Record<string, IndexEntry> })
        .entries,
    )
  : [];

/** The built Storybook, served on loopback, and a Chromium to read it with. */
export interface StaticSite {
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function openStaticSite(): Promise<StaticSite> {
  if (!existsSync(`${staticDir}index.json`)) {
    throw new Error(`No static Storybook in ${staticDir}: run \`npm run build -w @alima/storybook\` first.`);
  }
  const { url: baseUrl, server } = await serveStatic(staticDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    baseUrl,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Opens one entry in the preview frame, as the manager shows it, and waits
 * until its stories and custom elements have rendered. `globals` are the
 * toolbar's choices, e.g. `surface:dark`.
 */
export async function openEntry(
  page: Page,
  baseUrl: string,
  entry: IndexEntry,
  globals = '',
): Promise<string> {
  // a11y.manual stops the a11y addon's own axe run, which would collide with ours on the page's one axe.
  await page.goto(
    `${baseUrl}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}&globals=a11y.manual:!true${globals ? `;${globals}` : ''}`,
  );
  const root = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
  await page.waitForFunction(
    (selector) => (document.querySelector(selector)?.childElementCount ?? 0) > 0,
    root,
  );
  await page.waitForLoadState('networkidle');
  return root;
}

/** Runs `run` in a fresh 1280 × 900 page of the site's browser, closing the page afterwards. */
export async function inPage<T>(site: StaticSite, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    return await run(page);
  } finally {
    await page.close();
  }
}

/**
 * Opens the built site before the file's tests and closes it after; returns
 * a getter, since the site exists only once `beforeAll` has run.
 */
export function useStaticSite(): () => StaticSite {
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await openStaticSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('The static site is not open yet');
    return site;
  };
}
