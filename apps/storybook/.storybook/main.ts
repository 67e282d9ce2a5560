import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

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
    }),
};

export default config;
