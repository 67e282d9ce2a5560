import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '@alima/test-browser';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const tokensDist = fileURLToPath(new URL('../../../tokens/dist/', import.meta.url));

/** The site the test pages are served from; requests to it are answered from memory. */
export const SITE = 'https://alima.example';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** A response the test site gives: a body and extra headers (e.g. a CSP). */
export interface SiteFile {
  body: string;
  headers?: Record<string, string>;
}

let browser: Browser | undefined;

export async function launch(): Promise<void> {
  browser = await chromium.launch(chromiumLaunchOptions());
}

export async function close(): Promise<void> {
  await browser?.close();
}

/** Reads a built file of @alima/components, failing with the command that builds it. */
export function distFile(path: string): string {
  try {
    return readFileSync(`${packageDir}dist/${path}`, 'utf8');
  } catch {
    throw new Error(`No dist/${path}: run \`npx turbo run build --filter=@alima/components\` first.`);
  }
}

/**
 * Opens `path` of the test site in a fresh context, JavaScript on or off.
 * The jsDelivr URLs the documented CMS page uses are answered from this
 * package's and the tokens' `dist/`; every other request fails, so nothing
 * reaches the network.
 */
export async function openPage(
  files: Record<string, SiteFile>,
  path: string,
  { javaScript = true, width = 1280 }: { javaScript?: boolean; width?: number } = {},
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  if (!browser) throw new Error('call launch() in beforeAll');
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const cdn = /^\/npm\/@alima\/(components|tokens)\/dist\/(.+)$/.exec(url.pathname);
    if (url.host === 'cdn.jsdelivr.net' && cdn) {
      const [, name, file = ''] = cdn;
      const dir = name === 'tokens' ? tokensDist : `${packageDir}dist/`;
      const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
      await route.fulfill({ body: readFileSync(`${dir}${file}`, 'utf8'), contentType: type });
      return;
    }
    const served = url.origin === SITE ? files[url.pathname] : undefined;
    if (!served) {
      await route.abort();
      return;
    }
    const type = TYPES[url.pathname.split('.').pop() ?? ''] ?? TYPES.html;
    await route.fulfill({ body: served.body, headers: { 'content-type': type ?? '', ...served.headers } });
  });
  await page.goto(`${SITE}${path}`);
  return { page, context, problems };
}

/** The client script of a server-rendered page (hydration support and every element), bundled once. */
export async function hydrationClient(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: packageDir,
    mode: 'production',
    // Lit's production build, as a site ships (vitest's NODE_ENV would pick the development one).
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('hydrate-client.ts', import.meta.url)),
        formats: ['es'],
        fileName: 'client',
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('vite produced no client bundle');
}
