/**
 * How the HTML reader treats each element. Anything not listed is phrasing
 * (`<span>`, `<abbr>`, `<u>`, a Word `<o:p>`): its text joins the text
 * around it, its tags leave no trace.
 */

/** Page furniture and non-prose content: neither its text nor its elements are read. */
// prettier-ignore
export const SKIPPED = new Set([
  'head', 'nav', 'header', 'footer', 'noscript', 'iframe', 'object', 'embed', 'video', 'audio',
  'canvas', 'svg', 'math', 'select', 'textarea', 'button', 'input', 'meta', 'link', 'base',
]);

/** Code and scripts: kept as code, so scans of the source (footnote elements, figures) skip them too. */
export const CODE_BLOCKS = new Set(['pre', 'script', 'style', 'template']);
export const INLINE_CODE = new Set(['code', 'kbd', 'samp']);

/** Elements that hold one block of prose. */
// prettier-ignore
export const PARAGRAPHS = new Set([
  'p', 'figcaption', 'dt', 'dd', 'caption', 'summary', 'address', 'legend', 'label',
]);

/** Elements that only group blocks: their children are read as if they stood in their place. */
// prettier-ignore
export const CONTAINERS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'aside', 'figure', 'form', 'fieldset',
  'details', 'center', 'dl', 'hgroup', 'picture', 'alima-stat-group', 'alima-stat-card',
  'alima-photo-credit', 'alima-footnotes', 'alima-footnote', 'alima-donate-button',
]);

/** Block elements met inside phrasing (a `<p>` in a table cell) end a line there. */
// prettier-ignore
export const BLOCKS = new Set([
  ...PARAGRAPHS, ...CONTAINERS, ...CODE_BLOCKS, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'hr',
]);

export const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
