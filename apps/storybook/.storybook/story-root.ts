import { html, nothing } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import './story-root.css';

/** The languages the toolbar offers; `both` shows English and French side by side. */
export const LANGUAGES = ['en', 'fr', 'both'] as const;
export type LanguageChoice = (typeof LANGUAGES)[number];

/**
 * Surfaces: the tokens' light (default) and dark themes. Forced colours are
 * not previewed: a page cannot switch the real mode on, and an imitation
 * misled (tests check stories under Chromium's real emulation instead).
 */
export const SURFACES = ['light', 'dark'] as const;
export type Surface = (typeof SURFACES)[number];

const LANGUAGE_NAMES = { en: 'English', fr: 'Français' } as const;

/**
 * Wraps every story in a root that carries the toolbar's choices the way a
 * page would: `lang` (the components follow the closest one) and the tokens'
 * dark theme attribute. Each root (each language column) is a footnote
 * scope, so every story and docs example numbers its notes from 1. A story can opt out of the language switch with
 * `parameters.languageSwitch: false` (tools whose interface is not localized).
 */
export const withStoryRoot: Decorator = (story, { globals, parameters }) => {
  const surface = (globals['surface'] ?? 'light') as Surface;
  const choice = (globals['locale'] ?? 'en') as LanguageChoice;
  const languages =
    parameters['languageSwitch'] === false ? [] : choice === 'both' ? (['en', 'fr'] as const) : [choice];
  const theme = surface === 'dark' ? 'dark' : nothing;

  if (languages.length === 0) {
    return html`<div class="story-root" footnote-scope data-alima-theme=${theme}>${story()}</div>`;
  }
  if (languages.length === 1) {
    return html`<div class="story-root" footnote-scope data-alima-theme=${theme} lang=${languages[0]}>
      ${story()}
    </div>`;
  }
  return html`<div class="story-root story-root--side-by-side" data-alima-theme=${theme}>
    ${languages.map(
      (lang) =>
        // Each column renders with its own locale, so stories can give French text to the French column.
        html`<section lang=${lang} footnote-scope aria-label=${LANGUAGE_NAMES[lang]}>
          ${story({ globals: { ...globals, locale: lang } })}
        </section>`,
    )}
  </div>`;
};
