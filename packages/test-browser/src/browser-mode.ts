import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './launch-options.js';

/**
 * Vitest's `test.browser` block for every browser suite in the repository:
 * headless Chromium, found by `findChromium`, driven by Playwright.
 */
export function chromiumBrowserMode() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
  };
}
