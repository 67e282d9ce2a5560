/**
 * What a server render knows about the whole page, set by `renderPage()` in
 * `@alima/components/ssr.js` for the length of one (synchronous) render:
 * elements on the server cannot see their ancestors, so the page's `lang`
 * reaches them here.
 */
export const serverPage: { lang: string | undefined } = { lang: undefined };
