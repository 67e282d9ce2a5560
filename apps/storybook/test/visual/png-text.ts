import { crc32 } from 'node:zlib';

/*
 * A PNG is an 8-byte signature, then chunks: length (4 bytes), type (4),
 * data, CRC of type and data (4). A `tEXt` chunk holds `keyword\0text`;
 * viewers ignore it, so a note rides along with the picture.
 */
const SIGNATURE_LENGTH = 8;

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** The PNG with a `tEXt` chunk `keyword` → `text` before its end. */
export function withText(png: Buffer, keyword: string, text: string): Buffer {
  const end = png.length - 12; // IEND: empty data, so 12 bytes, always last.
  if (png.toString('latin1', end + 4, end + 8) !== 'IEND') throw new Error('Not a PNG ending in IEND');
  const note = chunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1'));
  return Buffer.concat([png.subarray(0, end), note, png.subarray(end)]);
}

/** The text of the PNG's `tEXt` chunk `keyword`, if it has one. */
export function textOf(png: Buffer, keyword: string): string | undefined {
  for (let offset = SIGNATURE_LENGTH; offset + 8 <= png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'tEXt') {
      const data = png.toString('latin1', offset + 8, offset + 8 + length);
      const separator = data.indexOf('\0');
      if (data.slice(0, separator) === keyword) return data.slice(separator + 1);
    }
    offset += 12 + length;
  }
  return undefined;
}
