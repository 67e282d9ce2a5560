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
          exclude: ['src/**/*.ssr.test.ts', 'test/**/*.node.test.ts', 'test/page/**', 'test/manifest/**'],
          // Server-renders the hydration test's fixtures in Node first.
          globalSetup: ['src/internal/test/provide-ssr-fixtures.ts'],
          browser: chromiumBrowserMode(),
        },
        // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
        optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react-dom/server'] },
      },
      {
        // The manifest and editor data the build writes, read as editors and Storybook read them.
        test: {
          name: 'manifest',
          include: ['test/manifest/**/*.test.ts'],
          environment: 'node',
          // `npm pack --dry-run` takes seconds on a loaded 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        // Server rendering runs in Node, as a server would.
        test: { name: 'ssr', include: ['src/**/*.ssr.test.ts'], environment: 'node' },
      },
      {
        // Whole pages as a reader's browser gets them: JavaScript off and on, server-rendered, under a CSP.
        test: {
          name: 'page',
          include: ['test/page/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Packaging (what a bundler ships) is checked in Node, as a build would.
        test: { name: 'node', include: ['test/**/*.node.test.ts'], environment: 'node' },
      },
    ],
  },
});
