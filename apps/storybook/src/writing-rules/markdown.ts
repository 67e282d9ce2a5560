import { micromark } from 'micromark';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * Rule metadata is Markdown written by the linter's authors. micromark
 * escapes any HTML in it (no `allowDangerousHtml`), so the output is safe to
 * insert.
 */
export const markdown = (text: string) => unsafeHTML(micromark(text));

/** The same for one line (a summary), without the paragraph around it. */
export const inlineMarkdown = (text: string) =>
  unsafeHTML(
    micromark(text)
      .replace(/^<p>/, '')
      .replace(/<\/p>\s*$/, ''),
  );
