import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { serverFootnotes } from './internal/footnote-registry.js';
import { serverPage } from './internal/server-page.js';

/** What the server knows about the page it renders. */
export interface RenderPageOptions {
  /** The page's language (its `<html lang>`): every element without a `lang` of its own renders in it. */
  lang?: string;
  /**
   * The CSP nonce of this response: every `<style>` of the output gets it, so a
   * policy without `'unsafe-inline'` (`style-src 'nonce-…'`) applies the
   * elements' server-rendered styles. Base64 or base64url characters only.
   */
  nonce?: string;
}

const NONCE = /^[A-Za-z0-9+/_=-]+$/;

/**
 * Renders a whole page (or fragment) with `@lit-labs/ssr`, in document order,
 * to a string: footnotes are numbered and linked both ways in the HTML, the
 * page's `lang` reaches every element, and styles carry the CSP nonce. The
 * client then hydrates it without changing it. Synchronous, so two pages
 * rendered at once never share numbering or language.
 *
 * Import the elements the page uses (e.g. `@alima/components/all.js`) before
 * calling it. Pages rendered with `render()` directly still number their
 * footnotes, but only `renderPage()` starts each page afresh and knows its `lang`.
 */
export function renderPage(template: TemplateResult, options: RenderPageOptions = {}): string {
  const { lang, nonce } = options;
  if (nonce !== undefined && !NONCE.test(nonce)) {
    throw new TypeError(`renderPage: nonce "${nonce}" has characters a CSP nonce cannot have (use base64).`);
  }
  serverFootnotes.reset();
  serverPage.lang = lang;
  try {
    const html = collectResultSync(render(template));
    return nonce === undefined ? html : html.replaceAll('<style>', `<style nonce="${nonce}">`);
  } finally {
    serverPage.lang = undefined;
    serverFootnotes.reset();
  }
}
