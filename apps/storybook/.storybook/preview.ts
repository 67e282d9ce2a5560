import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../../../packages/components/custom-elements.json';
import '@alima/tokens/tokens.css';
import './docs-surface.js';
import { extractArgTypes, extractComponentDescription } from './arg-types.js';
import { publicApi } from './public-api.js';
import { withStoryRoot } from './story-root.js';
import { sourceInToolbarLanguage } from './source-in-toolbar-language.js';

// Controls and the autodocs API tables come from the components' JSDoc, via the manifest their build writes.
setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test, not just the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Our reading of the manifest: one row per attribute, no name collisions with slots or parts.
    // "Show code" gives the element as a page would hold it, without the story root around it,
    // in the toolbar's language.
    docs: {
      extractArgTypes,
      extractComponentDescription,
      source: { excludeDecorators: true, transform: sourceInToolbarLanguage },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Foundations',
          ['Colour', 'Typography', 'Spacing', '*'],
          'Components',
          'Writing rules',
          ['Overview', '*'],
          'Tools',
          'Pages',
        ],
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the components: sets `lang` on the story root',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'both', title: 'English and French side by side' },
        ],
        dynamicTitle: true,
      },
    },
    surface: {
      description: 'Surface: the light or dark theme of @alima/tokens',
      toolbar: {
        title: 'Surface',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light surface', icon: 'sun' },
          { value: 'dark', title: 'Dark surface', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', surface: 'light' },
  decorators: [withStoryRoot],
  tags: ['autodocs'],
};

export default preview;
