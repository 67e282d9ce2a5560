import { addons } from 'storybook/preview-api';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import './docs-surface.css';

/**
 * The toolbar's Surface applies to docs pages as a whole, not only to the
 * stories on them: the page takes the tokens' dark theme, so the rule book,
 * the foundations and the components' guidance read as they would on a dark
 * site. Stories keep their own story root (story-root.ts).
 */
function applySurface({ globals }: { globals: Record<string, unknown> }): void {
  if (globals['surface'] === 'dark') document.documentElement.setAttribute('data-alima-theme', 'dark');
  else document.documentElement.removeAttribute('data-alima-theme');
}

const channel = addons.getChannel();
channel.on(SET_GLOBALS, applySurface);
channel.on(GLOBALS_UPDATED, applySurface);
