import type { MicromarkToken } from 'markdownlint';
import { childOfType } from './child-of-type.js';
import type { Conversion } from './conversion.js';
import { stringFromTokens } from './string-from-tokens.js';

/** The names of the tokens of a destination and title, in a link's resource or in a definition. */
interface DestinationTokens {
  destination: string;
  destinationString: string;
  title: string;
  titleString: string;
}

export const RESOURCE: DestinationTokens = {
  destination: 'resourceDestination',
  destinationString: 'resourceDestinationString',
  title: 'resourceTitle',
  titleString: 'resourceTitleString',
};

export const DEFINITION: DestinationTokens = {
  destination: 'definitionDestination',
  destinationString: 'definitionDestinationString',
  title: 'definitionTitle',
  titleString: 'definitionTitleString',
};

/**
 * The decoded destination and title in `token`, a link's `resource`
 * (`(url "title")`) or a `definition` (`[label]: url "title"`): `''` and
 * `null` when absent, as mdast-util-from-markdown leaves them.
 */
export function destinationFromTokens(
  conversion: Conversion,
  token: MicromarkToken,
  names: DestinationTokens,
): { url: string; title: string | null } {
  // The destination string is in a literal (`<url>`) or raw destination.
  const destination = childOfType(token, names.destination)?.children[0];
  const url = destination && childOfType(destination, names.destinationString);
  const title = childOfType(token, names.title);
  const titleString = title && childOfType(title, names.titleString);
  return {
    url: url ? stringFromTokens(conversion, url) : '',
    title: titleString ? stringFromTokens(conversion, titleString) : null,
  };
}
