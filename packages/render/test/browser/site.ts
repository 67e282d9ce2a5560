import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { chromiumLaunchOptions } from '@alima/test-browser';

/** The origin the rendered site is served from; requests to it are answered from the output folder. */
export const SITE = 'https://render.example';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** The drafts' photos are CMS URLs: answered with a placeholder of the photos' shape, so nothing reaches the network. */
const PHOTO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800"><rect width="1200" height="800" fill="#d9cbb5"/></svg>';

let browser: Browser | undefined;

export async function launch(): Promise<void> {
  browser = await chromium.launch(chromiumLaunchOptions());
}

export async function close(): Promise<void> {
  await browser?.close();
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Console warnings (the components' development checks). */
  warnings: string[];
  /** Lets the client script through (held back while `holdScript`). */
  releaseScript: () => void;
}

/**
 * Opens `path` of the output folder `out` in a fresh context, JavaScript on
 * or off. With `holdScript`, the client script is answered only after
 * `releaseScript()`, so a test can watch the page before and while it hydrates.
 */
export async function openPage(
  out: string,
  path: string,
  { javaScript = true, holdScript = false, width = 1280 } = {},
): Promise<OpenedPage> {
  if (!browser) throw new Error('call launch() in beforeAll');
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  let releaseScript: () => void = () => undefined;
  const scriptReleased = holdScript
    ? new Promise<void>((resolve) => (releaseScript = resolve))
    : Promise.resolve();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== SITE) return route.abort();
    if (url.pathname.startsWith('/wp-content/uploads/'))
      return route.fulfill({ body: PHOTO, contentType: 'image/svg+xml' });
    if (url.pathname.endsWith('.js')) await scriptReleased;
    let body: Buffer;
    try {
      body = readFileSync(join(out, decodeURIComponent(url.pathname)));
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
    const type = TYPES[url.pathname.split('.').pop() ?? ''] ?? 'application/octet-stream';
    return route.fulfill({ body, contentType: type });
  });
  await page.goto(`${SITE}${path}`, { waitUntil: holdScript ? 'commit' : 'load' });
  return { page, context, errors, warnings, releaseScript };
}

/** axe-core's browser build, injected into pages. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
