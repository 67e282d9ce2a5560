import type { Image, ImageReference, Link, LinkReference, PhrasingContent, ReferenceType } from 'mdast';
import type { MicromarkToken } from 'markdownlint';
import { toString } from 'mdast-util-to-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { childOfType } from './child-of-type.js';
import { type Conversion, positionOf } from './conversion.js';
import { decodeString } from './decode.js';
import { destinationFromTokens, RESOURCE } from './destination-from-tokens.js';
import { phrasingFromTokens } from './phrasing-from-tokens.js';
import { serializedText, stringFromTokens } from './string-from-tokens.js';

/**
 * Appends the phrasing of a `label` token (`[text]`, `![alt]`) to `children`
 * and returns its `labelText`, absent when the label is empty.
 */
function labelFromTokens(
  conversion: Conversion,
  label: MicromarkToken,
  children: PhrasingContent[],
): MicromarkToken | undefined {
  let text: MicromarkToken | undefined;
  for (const child of label.children) {
    const type: string = child.type;
    if (type === 'labelText') {
      text = child;
      // The compiler buffers a label: its line endings are text.
      phrasingFromTokens(conversion, child.children, children, true);
    } else if (type !== 'labelMarker' && type !== 'labelImageMarker') {
      conversion.declined = true;
    }
  }
  return text;
}

/** The label and identifier of a reference, from its `referenceString` when full, else from the link's text. */
function referenceLabel(
  conversion: Conversion,
  labelText: MicromarkToken | undefined,
  referenceString: MicromarkToken | undefined,
): { label: string; identifier: string } | undefined {
  if (referenceString) {
    return {
      label: stringFromTokens(conversion, referenceString),
      identifier: normalizeIdentifier(serializedText(conversion, referenceString)).toLowerCase(),
    };
  }
  if (!labelText) return undefined;
  const text = serializedText(conversion, labelText);
  return { label: decodeString(text), identifier: normalizeIdentifier(text).toLowerCase() };
}

/**
 * The node mdast-util-from-markdown makes of a `link` or `image` token: a
 * link or image when it has a resource (`(url "title")`), else a reference of
 * the kind its `reference` token tells (`[text][label]` full, `[label][]`
 * collapsed, none shortcut). An image's `alt` is its label's text.
 */
export function linkFromTokens(
  conversion: Conversion,
  token: MicromarkToken,
): Link | LinkReference | Image | ImageReference | undefined {
  const children: PhrasingContent[] = [];
  let labelText: MicromarkToken | undefined;
  let resource: MicromarkToken | undefined;
  let reference: MicromarkToken | undefined;
  for (const child of token.children) {
    const type: string = child.type;
    if (type === 'label') labelText = labelFromTokens(conversion, child, children);
    else if (type === 'resource') resource = child;
    else if (type === 'reference') reference = child;
    else conversion.declined = true;
  }
  const position = positionOf(conversion, token);
  const image = token.type === 'image';
  if (resource) {
    const { url, title } = destinationFromTokens(conversion, resource, RESOURCE);
    return image
      ? { type: 'image', title, url, alt: toString(children), position }
      : { type: 'link', title, url, children, position };
  }
  const referenceString = reference && childOfType(reference, 'referenceString');
  const label = referenceLabel(conversion, labelText, referenceString);
  if (!label) {
    conversion.declined = true;
    return undefined;
  }
  const referenceType: ReferenceType = referenceString ? 'full' : reference ? 'collapsed' : 'shortcut';
  return image
    ? { type: 'imageReference', alt: toString(children), position, ...label, referenceType }
    : { type: 'linkReference', children, position, ...label, referenceType };
}

/** The link mdast-util-from-markdown makes of an `autolink` token (`<https://…>`, `<someone@example.org>`). */
export function autolinkFromTokens(conversion: Conversion, token: MicromarkToken): Link {
  const children: PhrasingContent[] = [];
  let url = '';
  for (const child of token.children) {
    const type: string = child.type;
    if (type === 'autolinkProtocol' || type === 'autolinkEmail') {
      url = type === 'autolinkEmail' ? `mailto:${child.text}` : child.text;
      children.push({ type: 'text', value: child.text, position: positionOf(conversion, child) });
    } else if (type !== 'autolinkMarker') {
      conversion.declined = true;
    }
  }
  return { type: 'link', title: null, url, children, position: positionOf(conversion, token) };
}
