import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where a Chromium binary was found, and which rule found it. */
export interface ChromiumLocation {
  /** Absolute path of the executable; `undefined` lets Playwright use its own download. */
  executablePath: string | undefined;
  /** `CHROMIUM_PATH`, `debian` or `playwright`. */
  origin: 'CHROMIUM_PATH' | 'debian' | 'playwright';
}

/** What `findChromium` may look at; injectable so the search order can be tested. */
export interface ChromiumSearchContext {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  playwrightExecutable: () => string | undefined;
}

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the browser tests. Looked, in this order, at:',
  '  1. the CHROMIUM_PATH environment variable,',
  `  2. Debian's Chromium at ${DEBIAN_CHROMIUM},`,
  "  3. Playwright's own download (npx playwright install chromium).",
  'Get one with `sudo apt-get install -y chromium` (Debian/Ubuntu), or',
  '`npx playwright install chromium` where downloads are allowed, or point',
  'CHROMIUM_PATH at any Chromium or Chrome binary.',
].join('\n');

function playwrightExecutable(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright') as { chromium: { executablePath(): string } };
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const defaultContext: ChromiumSearchContext = {
  env: process.env,
  exists: existsSync,
  playwrightExecutable,
};

/**
 * Finds the browser for the test suites: `CHROMIUM_PATH`, then Debian's
 * `/usr/bin/chromium`, then Playwright's own download. Throws with
 * instructions when there is none, so a suite never passes by skipping.
 */
export function findChromium(context: ChromiumSearchContext = defaultContext): ChromiumLocation {
  const fromEnv = context.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!context.exists(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n\n${HOW_TO_GET_CHROMIUM}`);
    }
    return { executablePath: fromEnv, origin: 'CHROMIUM_PATH' };
  }
  if (context.exists(DEBIAN_CHROMIUM)) {
    return { executablePath: DEBIAN_CHROMIUM, origin: 'debian' };
  }
  const downloaded = context.playwrightExecutable();
  if (downloaded && context.exists(downloaded)) {
    return { executablePath: undefined, origin: 'playwright' };
  }
  throw new Error(HOW_TO_GET_CHROMIUM);
}
