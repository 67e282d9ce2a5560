import type { Definition } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { childOfType } from './child-of-type.js';
import { type Conversion, positionOf } from './conversion.js';
import { DEFINITION, destinationFromTokens } from './destination-from-tokens.js';
import { serializedText, stringFromTokens } from './string-from-tokens.js';

/** The definition mdast-util-from-markdown makes of a `definition` token (`[label]: url "title"`). */
export function definitionFromTokens(conversion: Conversion, token: MicromarkToken): Definition {
  const label = childOfType(token, 'definitionLabel');
  const labelString = label && childOfType(label, 'definitionLabelString');
  return {
    type: 'definition',
    identifier: labelString ? normalizeIdentifier(serializedText(conversion, labelString)).toLowerCase() : '',
    label: labelString ? stringFromTokens(conversion, labelString) : null,
    ...destinationFromTokens(conversion, token, DEFINITION),
    position: positionOf(conversion, token),
  };
}
