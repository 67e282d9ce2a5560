/** What the document around a rendered body needs. */
export interface PageDocument {
  lang: string;
  title: string;
  /** The server-rendered body markup. */
  body: string;
  /** Where the page finds `tokens.css` and the client script: a URL prefix ending in `/`. */
  assets: string;
  /** Adds the client script that hydrates the elements. */
  hydrate: boolean;
}

const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replaceAll('"', '&quot;');

/**
 * The page around the body: `lang` on `<html>`, the tokens linked, and the
 * client script only with `hydrate`. The components' `fallback.css` is not
 * linked: it styles elements that have no shadow root yet (a CMS page before
 * its script runs), while here every element arrives with its server-rendered
 * shadow root, which already shows it without JavaScript; the fallback's
 * generated headings and credits would show as well and go on hydration,
 * moving the page (the browser test measured it).
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
<link rel="stylesheet" href="${assets}tokens.css">${script}
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
