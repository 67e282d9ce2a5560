import type { ServerFootnotes } from './server-footnotes.js';

/**
 * What a server render knows about the whole page: the page's `lang`, set by
 * `renderPage()` in `@alima/components/ssr.js` for the length of one
 * (synchronous) render, since elements on the server cannot see their
 * ancestors; and the footnote numbering, once a footnote element is loaded,
 * so a stat card counts its `footnote` without importing the numbering (which
 * browser bundles then drop).
 */
export const serverPage: { lang: string | undefined; footnotes?: ServerFootnotes } = { lang: undefined };
