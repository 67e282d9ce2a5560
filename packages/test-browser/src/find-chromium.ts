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
  "  3. Playwright's own download.",
  '`npm test` and `npm run provision-browser` (from the repository root) install',
  "one when they can: Debian's chromium package when run as root with apt-get,",
  "otherwise Playwright's download. Or do it yourself:",
  '  sudo apt-get install -y chromium                 (Debian)',
  '  npx --no-install playwright install chromium     (where downloads are allowed)',
  'or point CHROMIUM_PATH at any Chromium or Chrome binary.',
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

export const defaultSearchContext: ChromiumSearchContext = {
  env: process.env,
  exists: existsSync,
  playwrightExecutable,
};

/**
 * Looks for the browser without failing when there is none: `CHROMIUM_PATH`,
 * then Debian's `/usr/bin/chromium`, then Playwright's own download. A
 * `CHROMIUM_PATH` that points at nothing still throws: that is a mistake to
 * fix, not a browser to install.
 */
export function locateChromium(
  context: ChromiumSearchContext = defaultSearchContext,
): ChromiumLocation | undefined {
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
  return undefined;
}

/**
 * Finds the browser for the test suites, in `locateChromium`'s order. Throws
 * with instructions when there is none, so a suite never passes by skipping.
 */
export function findChromium(context: ChromiumSearchContext = defaultSearchContext): ChromiumLocation {
  const found = locateChromium(context);
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found;
}
