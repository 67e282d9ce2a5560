import { defineConfig } from 'vitest/config';
import { chromiumBrowserMode } from '@alima/test-browser';

export default defineConfig({
  test: {
    projects: [
      {
        // Elements are tested where they run: in Chromium.
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/**/*.ssr.test.ts', 'test/manifest/**'],
          // Server-renders the hydration test's fixtures in Node first.
          globalSetup: ['src/internal/test/provide-ssr-fixtures.ts'],
          browser: chromiumBrowserMode(),
        },
      },
      {
        // The manifest and editor data the build writes, read as editors and Storybook read them.
        test: { name: 'manifest', include: ['test/manifest/**/*.test.ts'], environment: 'node' },
      },
      {
        // Server rendering runs in Node, as a server would.
        test: { name: 'ssr', include: ['src/**/*.ssr.test.ts'], environment: 'node' },
      },
    ],
  },
});
