import type { ReportMessage } from './report-types.js';

/** As git: a NUL byte in the first 8000 bytes makes a file binary. */
const BINARY_SNIFF_BYTES = 8000;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

type Place = Pick<ReportMessage, 'line' | 'column' | 'endLine' | 'endColumn'>;

/** A file's bytes as text: `text` never holds the byte-order mark, which `bom` remembers. */
export type DecodedFile =
  | { kind: 'text'; text: string; encoding: Encoding; bom: boolean }
  | { kind: 'invalid'; text: string; invalidAt: Place }
  | { kind: 'binary' };

const BOMS: [Encoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function byteOrderMark(content: Uint8Array): [Encoding, number] | undefined {
  for (const [encoding, bytes] of BOMS) {
    if (bytes.every((byte, index) => content[index] === byte)) return [encoding, bytes.length];
  }
  return undefined;
}

/** Bytes in a UTF-8 sequence starting with `lead`, 0 for a byte no sequence starts with. */
const sequenceLength = (lead: number) =>
  lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;

/**
 * The offset of the first byte that is not well-formed UTF-8 (RFC 3629: no
 * overlong forms, surrogates or code points above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(content: Uint8Array): number {
  for (let index = 0; index < content.length;) {
    const lead = content[index] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return index;
    const second = content[index + 1] ?? 0;
    // The second byte's range depends on the lead (Unicode table 3-7); the others are 80–BF.
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (length > 1 && (index + 1 >= content.length || second < low || second > high)) return index;
    for (let next = 2; next < length; next++) {
      const byte = content[index + next];
      if (byte === undefined || byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

function placeOf(text: string, index: number): Place {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** The WHATWG UTF-8 decoder rejects what RFC 3629 does (overlong forms, surrogates, above U+10FFFF). */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file: UTF-8, or UTF-16 when a byte-order mark says so; NUL bytes
 * without such a mark make it binary; bad UTF-8 bytes become U+FFFD, with
 * the place of the first one (counted in bytes, so a U+FFFD the file itself
 * holds is not mistaken for it).
 */
export function decodeFile(content: Uint8Array): DecodedFile {
  const [encoding, bomLength] = byteOrderMark(content) ?? ['utf-8', 0];
  const body = content.subarray(bomLength);
  if (encoding !== 'utf-8') {
    return { kind: 'text', text: new TextDecoder(encoding).decode(body), encoding, bom: true };
  }
  if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  // Native validation: the byte-by-byte scan below only runs to place the first bad byte.
  try {
    return { kind: 'text', text: strictUtf8.decode(body), encoding, bom: bomLength > 0 };
  } catch {
    // Not well-formed: decoded with replacement characters, and the first bad byte placed.
  }
  const invalid = firstInvalidUtf8(body);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  if (invalid === -1) return { kind: 'text', text, encoding, bom: bomLength > 0 };
  const valid = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, invalid));
  return { kind: 'invalid', text, invalidAt: placeOf(valid + '\uFFFD', valid.length) };
}

/** Encodes fixed text back the way the file was: same encoding, byte-order mark kept. */
export function encodeFile(text: string, decoded: { encoding: Encoding; bom: boolean }): Uint8Array {
  const withBom = decoded.bom ? `\uFEFF${text}` : text;
  if (decoded.encoding === 'utf-8') return Buffer.from(withBom, 'utf8');
  const bytes = Buffer.from(withBom, 'utf16le');
  return decoded.encoding === 'utf-16be' ? bytes.swap16() : bytes;
}
