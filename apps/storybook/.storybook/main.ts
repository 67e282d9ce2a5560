import type { StorybookConfig } from '@storybook/web-components-vite';
import { createRequire } from 'node:module';
import { mergeConfig } from 'vite';

/**
 * The draft checker lints in a Web Worker, where there is no `document`.
 * Resolved for the browser, micromark's entity decoder would be the build
 * that parses entities with a DOM element; its other build (the same table,
 * no DOM) works in the page and the worker alike, in dev and in the build.
 */
const entityDecoder = createRequire(import.meta.url).resolve('decode-named-character-reference');

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts', '../../../packages/components/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Placeholder photos for the page examples: Storybook loads nothing from the network.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Search finds headings of docs pages too: a vocabulary entry by the words it flags ("victim", "malnutris").
  features: { experimentalSearchDocsHeadings: true },
  // Dependencies only the docs blocks import: bundling them up front spares the first visit a reload.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      optimizeDeps: {
        include: ['micromark', 'lit/directives/unsafe-html.js', 'storybook/internal/core-events'],
      },
      resolve: { alias: [{ find: /^decode-named-character-reference$/, replacement: entityDecoder }] },
      // Module workers: the linter's MDX parser stays a chunk of its own, loaded for .mdx drafts only.
      worker: { format: 'es' },
    }),
};

export default config;
