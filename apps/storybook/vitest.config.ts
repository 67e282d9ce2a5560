import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumBrowserMode } from '@alima/test-browser';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  test: {
    projects: [
      {
        // Every story runs as a test in Chromium, with axe (see preview.ts).
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'stories',
          browser: chromiumBrowserMode(),
        },
      },
      {
        // The Storybook's own logic, in Node: the rule page generator, the API filter.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // The built site, as a reader's browser loads it.
        test: {
          name: 'static-site',
          include: ['test/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
    ],
  },
});
