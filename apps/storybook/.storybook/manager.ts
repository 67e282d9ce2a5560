import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import { tokens } from '@alima/tokens';

// The Storybook's own frame in ALIMA's colours and system fonts, from the same tokens as the components.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'ALIMA toolkit',
    brandUrl: './',
    brandTarget: '_self',
    colorPrimary: tokens.color.brand.primary,
    colorSecondary: tokens.color.link,
    fontBase: tokens.font.family.sans,
    fontCode: tokens.font.family.mono,
    textColor: tokens.color.text,
    appContentBg: tokens.color.surface,
  }),
  // Stories tagged `full-page` (the draft checker, the Mali page) have no controls: no empty panel under them.
  layoutCustomisations: {
    showPanel(state, defaultValue) {
      return state.index?.[state.storyId]?.tags?.includes('full-page') ? false : defaultValue;
    },
  },
});
