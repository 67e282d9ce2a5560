import type { StorybookConfig } from '@storybook/web-components-vite';
import { createRequire } from 'node:module';
import { mergeConfig, type Plugin } from 'vite';

/**
 * The draft checker lints in a Web Worker, where there is no `document`:
 * Vite resolves packages for the browser there too, which gives micromark
 * the entity decoder that parses entities with a DOM element. Its worker
 * build (the same table, no DOM) is what a worker needs.
 */
const workerEntityDecoder = (): Plugin => ({
  name: 'alima-worker-entity-decoder',
  enforce: 'pre',
  resolveId: (source) =>
    source === 'decode-named-character-reference' ? createRequire(import.meta.url).resolve(source) : null,
});

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
      worker: { format: 'es', plugins: () => [workerEntityDecoder()] },
    }),
};

export default config;
