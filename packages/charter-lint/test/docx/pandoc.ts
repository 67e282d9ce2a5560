import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * A `.docx` made by pandoc (a real producer, installed by `.ci/run`) from
 * Markdown: `from` is pandoc's input format (`gfm` turns `[^1]` into Word
 * footnotes; `markdown` also makes image captions and `^1^` superscripts);
 * `files` are written beside the Markdown (pictures it embeds).
 */
export const RAW_HTML_FILTER = fileURLToPath(new URL('raw-html.lua', import.meta.url));

export function pandocDocx(
  markdown: string,
  {
    from = 'gfm',
    args = [],
    files = {},
  }: { from?: string; args?: string[]; files?: Record<string, Uint8Array> } = {},
): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'charter-lint-docx-'));
  writeFileSync(join(folder, 'draft.md'), markdown);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  execFileSync('pandoc', ['-f', from, '-t', 'docx', ...args, '-o', 'draft.docx', 'draft.md'], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return readFileSync(join(folder, 'draft.docx'));
}

const crc32 = (bytes: Uint8Array): number => {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
};

/**
 * A valid PNG for pandoc to embed: a red square, or with `noise` pixels that
 * do not compress (a photo's weight: 600 × 600 is over 1 MB).
 */
export function png(size = 4, noise = false): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const red = Buffer.from(Array.from({ length: size * 3 }, (_, index) => (index % 3 === 0 ? 255 : 0)));
  const row = () => Buffer.concat([Buffer.from([0]), noise ? randomBytes(size * 3) : red]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', new Uint8Array()),
  ]);
}

/**
 * The document with its footnotes made endnotes, as Word's "Convert to
 * endnotes" does: pandoc writes no endnotes, and LibreOffice is not on
 * the machine. Only names change: `footnotes.xml` becomes `endnotes.xml`,
 * `w:footnote…` elements `w:endnote…`, and the relationship says so.
 */
export function asEndnotes(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const renamed: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) {
    const xml = name.endsWith('.xml') || name.endsWith('.rels');
    const text = xml
      ? strFromU8(content)
          .replace(/footnote(s?)(Reference|Ref|Pr)?\b/g, 'endnote$1$2')
          .replace(/Footnote/g, 'Endnote')
      : '';
    renamed[name.replace(/footnotes\.xml/, 'endnotes.xml')] = xml ? strToU8(text) : content;
  }
  return zipSync(renamed);
}

/**
 * The document with its first picture and the paragraph after it moved into
 * a frame (a DrawingML text box), as LibreOffice saves a captioned picture.
 */
export function inFrame(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const framed = document.replace(
    /<w:p>(?:(?!<\/w:p>).)*?<w:drawing>.*?<\/w:p><w:p>.*?<\/w:p>/s,
    (pictureAndCaption) =>
      '<w:p><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' +
      pictureAndCaption +
      '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>',
  );
  if (framed === document) throw new Error('no picture followed by a paragraph to frame');
  const withNamespace = framed.replace(
    '<w:document ',
    '<w:document xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ',
  );
  return zipSync({ ...parts, 'word/document.xml': strToU8(withNamespace) });
}
