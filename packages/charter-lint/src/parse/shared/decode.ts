import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

const NUMBER_SIGN = 0x23;
const LOWER_X = 0x78;
const UPPER_X = 0x58;

/**
 * The character(s) a character reference stands for, given what lies between
 * its `&` and `;` (`amp`, `#35`, `#x23`), as mdast-util-from-markdown decodes
 * it; `false` for a name HTML does not define (micromark reads no such
 * reference, but a raw label may hold one).
 */
export function decodeReference(name: string): string | false {
  if (name.charCodeAt(0) !== NUMBER_SIGN) return decodeNamedCharacterReference(name);
  const marker = name.charCodeAt(1);
  const hex = marker === LOWER_X || marker === UPPER_X;
  return decodeNumericCharacterReference(name.slice(hex ? 2 : 1), hex ? 16 : 10);
}

const ESCAPE_OR_REFERENCE = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;

/**
 * `value` with its character escapes and references decoded, as
 * micromark-util-decode-string does to the raw text of a link's label (which
 * mdast-util-from-markdown keeps as a reference's `label`). Written here, not
 * imported: the package's installed version is not the one mdast-util-from-markdown uses.
 */
export function decodeString(value: string): string {
  return value.replace(
    ESCAPE_OR_REFERENCE,
    (whole: string, escaped: string | undefined, reference: string | undefined) =>
      escaped ?? (reference === undefined ? whole : decodeReference(reference) || whole),
  );
}
