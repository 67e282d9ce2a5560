/**
 * Tokens of whitespace, blank lines and container prefixes: mdast-util-from-markdown
 * has no handler for them or what they hold, so they add nothing to the tree
 * wherever they stand (their line and column still place the next token).
 */
export const LAYOUT_TOKENS: ReadonlySet<string> = new Set([
  'linePrefix',
  'lineSuffix',
  'whitespace',
  'lineEndingBlank',
  'blockQuotePrefix',
  'listItemIndent',
  'gfmFootnoteDefinitionIndent',
]);
