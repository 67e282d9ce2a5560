import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/docx/read-docx.js';
import { pandocDocx } from './pandoc.js';

const draft = '# Mali\n\nALIMA treated 5,000 patients in 2023.\n';

/** A pandoc document whose custom properties are `properties`, as Word's Custom Properties dialog writes them. */
function withCustomProperties(properties: string): Uint8Array {
  const parts = unzipSync(pandocDocx(draft, { args: ['--metadata', 'scope=placeholder'] }));
  const custom = strFromU8(parts['docProps/custom.xml'] ?? new Uint8Array());
  const replaced = custom.replace(/<property\b.*<\/property>/s, properties);
  if (replaced === custom) throw new Error('pandoc wrote no custom property to replace');
  return zipSync({ ...parts, 'docProps/custom.xml': strToU8(replaced) });
}

const property = (pid: number, name: string, value: string) =>
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}">${value}</property>`;

describe("a Word draft's scope and translation key", () => {
  it('reads what pandoc writes from the metadata of the Markdown it converts', () => {
    const docx = pandocDocx(draft, {
      args: ['--metadata', 'scope=mali', '--metadata', 'translationKey=mali-2024', '--metadata', 'lang=fr'],
    });
    expect(readDocx(docx).properties).toEqual({ scope: 'mali', translationKey: 'mali-2024' });
  });

  it('has none without custom properties', () => {
    expect(readDocx(pandocDocx(draft)).properties).toEqual({});
  });

  it('reads the document when its custom properties are not well-formed XML, without them', () => {
    const docx = withCustomProperties('<property name="scope"><vt:lpwstr>mali</vt:lpwstr>');
    const document = readDocx(docx);
    expect(document.properties).toEqual({});
    expect(document.blocks.length).toBeGreaterThan(0);
  });

  it('reads names whatever their case, trims values, takes a number as its digits and skips empty ones', () => {
    const docx = withCustomProperties(
      property(2, 'Scope', '<vt:lpwstr>  mali </vt:lpwstr>') +
        property(3, 'TranslationKey', '<vt:i4>2024</vt:i4>') +
        property(4, 'Author team', '<vt:lpwstr>Bamako</vt:lpwstr>'),
    );
    expect(readDocx(docx).properties).toEqual({ scope: 'mali', translationKey: '2024' });
    const empty = withCustomProperties(property(2, 'scope', '<vt:lpwstr> </vt:lpwstr>'));
    expect(readDocx(empty).properties).toEqual({});
  });
});
