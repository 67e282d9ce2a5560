import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test, not just the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
