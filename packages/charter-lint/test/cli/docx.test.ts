import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { pandocDocx, png } from '../docx/pandoc.js';
import { CLEAN_DRAFT, folderWith } from './fixtures.js';
import { runMain } from './run-main.js';

/** A Word draft with one unsourced figure: paragraph 2, characters 10–12. */
const draft = pandocDocx('# Malnutrition in Mali\n\nIn Mali, 45% of children under five are sick.\n');
const PLACE = ' — in “In Mali, 45% of children under…”';

describe('charter-lint on a Word document', () => {
  it('stylish: the paragraph and character, the rule, the place in Word (exit 1)', async () => {
    const root = folderWith({ 'draft.docx': draft });
    const result = await runMain(['draft.docx'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^draft\.docx\n\s+2:10\s+error\s+"45%" has no source: .* — in “In Mali, 45% of children under…”\s+sourced-figures$/m,
    );
  });

  it('JSON and SARIF: the same finding, in each format’s fields', async () => {
    const root = folderWith({ 'draft.docx': draft });
    const json = JSON.parse((await runMain(['--format', 'json', 'draft.docx'], root)).stdout) as FileReport[];
    expect(json[0]?.messages).toMatchObject([
      { ruleId: 'sourced-figures', line: 2, column: 10, endLine: 2, endColumn: 13, actual: '45%' },
    ]);
    expect(json[0]?.messages[0]?.message.endsWith(PLACE)).toBe(true);
    const sarif = JSON.parse((await runMain(['--format', 'sarif', 'draft.docx'], root)).stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; locations: unknown[] }[] }[];
    };
    const [result] = sarif.runs[0]?.results ?? [];
    expect(result?.ruleId).toBe('sourced-figures');
    expect(result?.message.text.endsWith(PLACE)).toBe(true);
    expect(JSON.stringify(result?.locations)).toContain('"uri":"draft.docx"');
    expect(JSON.stringify(result?.locations)).toContain('"startLine":2,"startColumn":10');
  });

  it('GitHub: an annotation on the document, at the paragraph', async () => {
    const root = folderWith({ 'draft.docx': draft });
    const result = await runMain(['--format', 'github', 'draft.docx'], root);
    expect(result.stdout).toMatch(
      /^::error file=draft\.docx,line=2,col=10,endLine=2,endColumn=13,title=sourced-figures::/m,
    );
  });

  it('--fix refuses it by name, writes nothing and lists its findings (a warning, as for an HTML page)', async () => {
    const root = folderWith({ 'draft.docx': draft, 'b.md': 'The chairman spoke.\n' });
    for (const flag of ['--fix', '--fix-dry-run']) {
      const result = await runMain([flag, '--format', 'json', 'draft.docx', 'b.md'], root);
      // Exit 1 for the document's own error finding, not 2: refusing to fix is no failure of the run.
      expect(result.code).toBe(1);
      const reports = JSON.parse(flag === '--fix' ? result.stdout : result.stderr) as FileReport[];
      expect(reports[0]?.messages.map((message) => [message.ruleId, message.severity])).toEqual([
        ['file-not-fixed', 'warning'],
        ['sourced-figures', 'error'],
      ]);
      expect(reports[0]?.messages[0]?.message).toBe(
        'Not fixed: draft.docx is a Word document and --fix edits Markdown only; nothing was written. Make these changes in Word.',
      );
      expect(readFileSync(join(root, 'draft.docx'))).toEqual(Buffer.from(draft));
    }
    // The Markdown beside it is fixed as usual.
    expect(readFileSync(join(root, 'b.md'), 'utf8')).toBe('The chair spoke.\n');
  });

  it('a corrupt .docx is that file’s error, the other files linted as usual (exit 2, no stack)', async () => {
    const root = folderWith({ 'broken.docx': 'not a zip at all', 'ok.md': CLEAN_DRAFT });
    const result = await runMain(['broken.docx', 'ok.md'], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      /^broken\.docx\n\s+1:1\s+error\s+Cannot read this Word document: not a readable zip archive \(invalid zip data\)\.\s+file-unreadable$/m,
    );
    expect(result.stdout).not.toContain('ok.md');
    expect(result.stderr).toBe('');
  });

  it('a folder scan lints Markdown only; a .docx is linted when named or matched by a glob', async () => {
    const root = folderWith({ 'drafts/draft.docx': draft, 'drafts/ok.md': CLEAN_DRAFT });
    expect(await runMain(['drafts'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    for (const named of [['drafts/draft.docx'], ['drafts/*.docx']]) {
      const result = await runMain(['--format', 'json', ...named], root);
      expect((JSON.parse(result.stdout) as FileReport[]).map((report) => report.filePath)).toEqual([
        'drafts/draft.docx',
      ]);
    }
  });

  it('the size limit is on the text: a document heavy with photos is linted, a long text is not', async () => {
    const photo = pandocDocx(
      '![A nurse weighs a child](photo.png)\n\n© Jane Doe / ALIMA\n\nIn Mali, 45% of children under five are sick.\n',
      {
        files: { 'photo.png': png(600, true) },
      },
    );
    expect(photo.length).toBeGreaterThan(1_000_000);
    const root = folderWith({ 'photo.docx': photo, 'draft.docx': draft });
    const heavy = JSON.parse(
      (await runMain(['--format', 'json', 'photo.docx'], root)).stdout,
    ) as FileReport[];
    expect(heavy[0]?.messages.map((message) => message.ruleId)).toEqual(['sourced-figures']);
    const small = await runMain(['--format', 'json', '--max-file-size', '40', 'draft.docx'], root);
    expect((JSON.parse(small.stdout) as FileReport[])[0]?.messages).toMatchObject([
      {
        ruleId: 'file-too-large',
        severity: 'warning',
        message: expect.stringMatching(
          /^Word document too large to lint: its text is \d+ characters, over the limit of 40 /,
        ),
      },
    ]);
  });
});
