import type { FootnoteDefinition, FootnoteReference } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { childOfType } from './child-of-type.js';
import { type Conversion, positionOf } from './conversion.js';
import { flowTokenToMdast } from './flow-from-tokens.js';
import { stringFromTokens } from './string-from-tokens.js';

/** The label and identifier mdast-util-gfm-footnote reads from a footnote's label string (`1` of `[^1]`). */
function footnoteLabel(
  conversion: Conversion,
  string: MicromarkToken | undefined,
): { identifier: string; label: string } {
  if (!string) return { identifier: '', label: '' };
  // A footnote label holds no whitespace: it is on one line.
  return {
    identifier: normalizeIdentifier(string.text).toLowerCase(),
    label: stringFromTokens(conversion, string),
  };
}

/** The footnote reference mdast-util-gfm-footnote makes of a `gfmFootnoteCall` token (`[^1]`). */
export function footnoteCallFromTokens(conversion: Conversion, token: MicromarkToken): FootnoteReference {
  return {
    type: 'footnoteReference',
    ...footnoteLabel(conversion, childOfType(token, 'gfmFootnoteCallString')),
    position: positionOf(conversion, token),
  };
}

/** What opens a footnote definition, before its content: `[^1]`, `:` and the whitespace after. */
const OPENING: ReadonlySet<string> = new Set([
  'gfmFootnoteDefinitionLabel',
  'definitionMarker',
  'gfmFootnoteDefinitionWhitespace',
]);

/** The footnote definition mdast-util-gfm-footnote makes of a `gfmFootnoteDefinition` token (`[^1]: …`). */
export function footnoteDefinitionFromTokens(
  conversion: Conversion,
  token: MicromarkToken,
): FootnoteDefinition {
  const label = childOfType(token, 'gfmFootnoteDefinitionLabel');
  const definition: FootnoteDefinition = {
    type: 'footnoteDefinition',
    ...footnoteLabel(conversion, label && childOfType(label, 'gfmFootnoteDefinitionLabelString')),
    children: [],
    position: positionOf(conversion, token),
  };
  conversion.containers++;
  for (const child of token.children)
    if (!OPENING.has(child.type)) flowTokenToMdast(conversion, child, definition.children);
  conversion.containers--;
  return definition;
}
