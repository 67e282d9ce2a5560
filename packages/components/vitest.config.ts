import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '@alima/test-browser';

export default defineConfig({
  test: {
    projects: [
      {
        // Elements are tested where they run: in Chromium.
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/**/*.ssr.test.ts'],
          // Server-renders the hydration test's fixtures in Node first.
          globalSetup: ['src/internal/test/provide-ssr-fixtures.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Server rendering runs in Node, as a server would.
        test: { name: 'ssr', include: ['src/**/*.ssr.test.ts'], environment: 'node' },
      },
    ],
  },
});
