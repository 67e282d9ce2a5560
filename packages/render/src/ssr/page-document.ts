/** What the document around a rendered body needs. */
export interface PageDocument {
  lang: string;
  title: string;
  /** The server-rendered body markup. */
  body: string;
  /** Where the page finds `tokens.css`, `fallback.css` and the client script: a URL prefix ending in `/`. */
  assets: string;
  /** Adds the client script that hydrates the elements. */
  hydrate: boolean;
}

const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replaceAll('"', '&quot;');

/**
 * The page around the body: `lang` on `<html>`, the tokens and the
 * components' `fallback.css` linked, and the client script only with
 * `hydrate`. Every element arrives with its server-rendered shadow root, which
 * shows it without JavaScript; `fallback.css` keeps the page readable in a
 * browser without declarative shadow DOM, as the components'
 * progressive-enhancement contract asks, and the elements' shadow styles hide
 * its generated text wherever a shadow root shows it already, so nothing shows
 * twice or moves on hydration (the browser test measures it).
 */
export function pageDocument(page: PageDocument): string {
  const assets = escapeAttribute(page.assets);
  const script = page.hydrate
    ? `\n<script type="module" src="${assets}alima-render-client.js"></script>`
    : '';
  return `<!doctype html>
<html lang="${escapeAttribute(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(page.title)}</title>
<link rel="stylesheet" href="${assets}tokens.css">
<link rel="stylesheet" href="${assets}fallback.css">${script}
<style>body{margin:0;font-family:var(--alima-font-family-sans,system-ui,sans-serif);color:var(--alima-color-text,#1a1a1d);background:var(--alima-color-surface,#fff)}main{max-width:60rem;margin-inline:auto;padding:1rem}main img{max-width:100%;height:auto}</style>
</head>
<body>
<main>
${page.body}
</main>
</body>
</html>
`;
}
