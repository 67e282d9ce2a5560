import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { asEndnotes, inFrame, pandocDocx, png } from './pandoc.js';
import { lintDocx } from '../../src/docx/lint-docx.js';
import { MAX_UNZIPPED_BYTES } from '../../src/docx/unzip-parts.js';

const lint = (docx: Uint8Array) => lintDocx(docx, { filePath: 'draft.docx', lang: 'en' });
const picture = { 'picture.png': png() };

/** `rule line:column` of each finding, for compact expectations. */
const found = (report: FileReport) =>
  report.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`);

describe('where a finding is in Word', () => {
  it('gives the paragraph as the line, the character as the column, and quotes the paragraph', async () => {
    const report = await lint(
      pandocDocx(
        '# Malnutrition in Mali\n\nA first paragraph.\n\nIn Mali, 45% of children under five are sick this year.\n',
      ),
    );
    expect(found(report)).toEqual(['sourced-figures 3:10']);
    expect(report.messages[0]?.actual).toBe('45%');
    expect(report.messages[0]?.message).toMatch(/ — in “In Mali, 45% of children under…”$/);
  });

  it('counts table cells and empty paragraphs as paragraphs', async () => {
    const report = await lint(
      pandocDocx(
        'Intro.\n\n\u00a0\n\n| Region | Cases |\n| --- | --- |\n| Mopti | 12,400 |\n\nThe end: 30% of them.\n',
      ),
    );
    // Intro, a blank paragraph, Region, Cases, Mopti, 12,400 (one paragraph a cell), then the last one.
    expect(found(report)).toEqual(['sourced-figures 6:1', 'sourced-figures 7:10']);
    expect(report.messages[0]?.message).toMatch(/ — in “12,400”$/);
  });
});

describe('Word footnotes and endnotes', () => {
  const sourced = 'In Mali, 45% of children are sick.[^1]\n\n[^1]: UNICEF, Mali situation report, 2023.\n';
  const vague = 'In Mali, 45% of children are sick.[^1]\n\n[^1]: See website.\n';

  it('a note with a source and a year sources its sentence', async () => {
    expect(found(await lint(pandocDocx(sourced)))).toEqual([]);
  });

  it('a "see website" footnote is footnote-source, placed in the note', async () => {
    const report = await lint(pandocDocx(vague));
    expect(found(report)).toEqual(['footnote-source 2:1']);
    expect(report.messages[0]?.message).toMatch(/ — in footnote 1 “See website\.”$/);
  });

  it('an empty footnote is footnote-source', async () => {
    const report = await lint(pandocDocx('In Mali, 45% of children are sick.[^1]\n\n[^1]: \u00a0\n'));
    expect(report.messages.map((message) => message.ruleId)).toEqual(['footnote-source']);
  });

  it('reads endnotes the same way, numbered i, ii… as Word numbers them', async () => {
    expect(found(await lint(asEndnotes(pandocDocx(sourced))))).toEqual([]);
    const report = await lint(asEndnotes(pandocDocx(vague)));
    expect(found(report)).toEqual(['footnote-source 2:1']);
    expect(report.messages[0]?.message).toMatch(/^Note \[\^i\] .* — in endnote i “See website\.”$/);
  });

  it('reads a note number typed in superscript, and the notes listed at the end', async () => {
    const typed =
      'In Mali, 45% of children are sick.^1^\n\n## Sources\n\n^1^ UNICEF, Mali situation report, 2023.\n';
    expect(found(await lint(pandocDocx(typed, { from: 'markdown' })))).toEqual([]);
    const unlisted = 'In Mali, 45% of children are sick.^1^\n';
    expect(found(await lint(pandocDocx(unlisted, { from: 'markdown' })))).toEqual([
      'footnote-undefined 1:35',
    ]);
  });
});

describe('pictures and their credits', () => {
  it('a credit paragraph after the picture credits it', async () => {
    const docx = pandocDocx('![A nurse weighs a child](picture.png)\n\n© Jane Doe / ALIMA\n', {
      files: picture,
    });
    expect(found(await lint(docx))).toEqual([]);
  });

  it('a credit in the caption credits it', async () => {
    const docx = pandocDocx('![A nurse weighs a child in Mopti. Photo: Jane Doe / ALIMA](picture.png)\n', {
      from: 'markdown',
      files: picture,
    });
    expect(found(await lint(docx))).toEqual([]);
  });

  it('reads a picture and its caption in a frame (a text box), as LibreOffice saves them', async () => {
    const credited = pandocDocx('![A nurse weighs a child](picture.png)\n\nPhoto: Jane Doe / ALIMA\n', {
      files: picture,
    });
    expect(found(await lint(inFrame(credited)))).toEqual([]);
    const uncredited = pandocDocx('![A nurse weighs a child](picture.png)\n\nThe ward in Mopti.\n', {
      files: picture,
    });
    const report = await lint(inFrame(uncredited));
    expect(found(report)).toEqual(['photo-credit 1:2']);
  });

  it('a picture without a credit is reported on its paragraph, named by its alt text', async () => {
    const report = await lint(
      pandocDocx('![A nurse weighs a child](picture.png)\n\nThe ward.\n', { files: picture }),
    );
    expect(found(report)).toEqual(['photo-credit 1:1']);
    expect(report.messages[0]?.message).toMatch(/ — at the picture “A nurse weighs a child”$/);
  });
});

describe('tables', () => {
  it('a Source column sources its row, and an empty source cell is reported', async () => {
    const table = [
      '| Province | Cases | Source |',
      '| --- | --- | --- |',
      '| Mandoul | 2,410 | Ministry of Public Health, 2024 |',
      '| Ouaddaï | 1,875 | |',
      '',
    ].join('\n');
    const report = await lint(pandocDocx(table));
    expect(report.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['sourced-figures', '1,875'],
    ]);
  });

  it('charter-language reads the text in cells', async () => {
    const report = await lint(pandocDocx('| Note |\n| --- |\n| Aid to the third world |\n'));
    expect(report.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['charter-language', 2],
    ]);
  });
});

describe('a file that is not a readable Word document', () => {
  const reason = async (bytes: Uint8Array) => {
    const report = await lint(bytes);
    expect(report.messages).toHaveLength(1);
    expect(report.messages[0]).toMatchObject({ ruleId: 'file-unreadable', severity: 'error', fatal: true });
    return report.messages[0]?.message;
  };

  it('says it is not a zip', async () => {
    expect(await reason(strToU8('Just some text, saved as .docx'))).toBe(
      'Cannot read this Word document: not a readable zip archive (invalid zip data).',
    );
  });

  it('says a zip holds no Word document', async () => {
    expect(await reason(zipSync({ 'notes.txt': strToU8('hello') }))).toBe(
      'Cannot read this Word document: a zip archive, but no Word document inside.',
    );
  });

  it('names the part that is not well-formed', async () => {
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') });
    expect(await reason(broken)).toMatch(
      /^Cannot read this Word document: word\/document\.xml is not well-formed XML/,
    );
  });

  /** A zip of `xml` as `word/document.xml`, its headers declaring `size` bytes unzipped. */
  const declaring = (xml: string, size: number) => {
    const zip = zipSync({ 'word/document.xml': strToU8(xml) });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at + 4 <= zip.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
    }
    return zip;
  };

  it('refuses a zip bomb (parts unzipping past the cap) without unzipping it', async () => {
    const bomb = declaring(`<w:document><w:body/></w:document>`, MAX_UNZIPPED_BYTES + 1);
    expect(await reason(bomb)).toMatch(/unzip to more than 64 MiB \(a zip bomb\?\)/);
  });

  it('stops at the size a part declares, however much it holds', async () => {
    const xml = `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>${'x'.repeat(5_000_000)}</w:t></w:r></w:p></w:body></w:document>`;
    // 100 bytes declared: a lie that would make a trusting reader inflate all 5 MB.
    expect(await reason(declaring(xml, 100))).toMatch(/word\/document\.xml is not well-formed XML/);
  });
});
