import type { StoryContext } from '@storybook/web-components-vite';
import { isTemplateResult } from 'lit/directive-helpers.js';
import { templateHtml } from '../src/components/usage-snippets.js';
import { toolbarLanguage } from './toolbar-language.js';

/**
 * "Show code" in the toolbar's language. Storybook writes a story's code from
 * its render, and a story that shows English and French side by side renders
 * with `locale: 'both'`, which stories read as English: a French reader would
 * paste `/en/donate/`. So the story is rendered once more, without
 * decorators, for the toolbar's language alone, and that is the code shown.
 */
export function sourceInToolbarLanguage(code: string, context: StoryContext): string {
  const globals = { ...context.globals, locale: toolbarLanguage() };
  const story: unknown = context.originalStoryFn(context.args, { ...context, globals });
  return isTemplateResult(story) ? templateHtml(story) : code;
}
