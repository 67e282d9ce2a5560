/**
 * Inline syntax markdownlint parses and our parser does not: literal
 * autolinks, `:name` directives, `$math$`. Our parser reads the same
 * characters as plain text, unless they hold one that starts CommonMark
 * syntax (see `hidesSyntax`). Blocks of such syntax (directives, display
 * math) are declined wherever they stand, as no flow construct of ours.
 */
export const FOREIGN_INLINE: ReadonlySet<string> = new Set(['literalAutolink', 'directiveText', 'mathText']);

const CONSTRUCT_START = /[\\&`*_[\]!<\r\n]/;
/**
 * Characters of `CONSTRUCT_START` that start nothing where they stand: an
 * underscore between letters or digits (it can neither open nor close
 * emphasis), an ampersand whose name ends, inside the text, in anything but
 * the `;` of a character reference.
 */
const INERT = /(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])|&(?=#?[\dA-Za-z]*[^\dA-Za-z;#])/gu;

/** Whether our parser would read syntax (emphasis, a link, an escape…) inside the foreign `text`. */
export function hidesSyntax(text: string): boolean {
  return CONSTRUCT_START.test(text.replace(INERT, ''));
}
