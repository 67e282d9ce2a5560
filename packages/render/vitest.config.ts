import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // The plugins, the server rendering and the command, in Node as a build or a writer runs them.
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/astro/**'],
          environment: 'node',
          // Spawned commands and watch rounds wait for a core on a loaded 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        // A real client: an Astro site built with the plugins by `astro build`, a Vite build on a loaded 2-core machine.
        test: {
          name: 'astro',
          include: ['test/astro/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The rendered Mali page in Chromium: without JavaScript, hydrated, axe, layout shift.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
