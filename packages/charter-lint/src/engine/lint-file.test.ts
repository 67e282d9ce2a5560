import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from './lint-file.js';
import { noTodo } from './test-rules.js';

const folder = () => mkdtempSync(join(tmpdir(), 'charter-lint-file-'));

describe('lintFile', () => {
  it.each([
    ['a folder', (dir: string) => dir, 'EISDIR: it is a folder'],
    ['a missing file', (dir: string) => join(dir, 'gone.md'), 'ENOENT: no such file'],
  ])('reports %s as unreadable, fatally, naming the error', async (_what, path, code) => {
    const dir = folder();
    const report = await lintFile(path(dir), { displayPath: 'x.md' });
    expect(report).toEqual({
      filePath: 'x.md',
      messages: [
        {
          ruleId: 'file-unreadable',
          severity: 'error',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: `Cannot read the file (${code}).`,
          fatal: true,
        },
      ],
      errorCount: 1,
      warningCount: 0,
    });
  });

  it('keeps a byte-order mark through --fix and lints the text after it', async () => {
    const file = join(folder(), 'bom.md');
    writeFileSync(file, '\uFEFF# Title\n\nText.\n');
    const report = await lintFile(file, { fix: true });
    expect(report.messages).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF# Title\n\nText.\n');
  });

  it('never fixes a file that is not valid UTF-8', async () => {
    const file = join(folder(), 'latin1.md');
    const bytes = Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' [^1]\n')]);
    writeFileSync(file, bytes);
    const report = await lintFile(file, { fix: true });
    expect(report.messages[0]).toEqual(
      expect.objectContaining({ ruleId: 'file-encoding', line: 1, column: 4 }),
    );
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('--fix writes the fixed text in place and a second run changes nothing', async () => {
    const dir = folder();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'A TODO and a TODO.\n');
    const report = await lintFile(file, { fix: true, catalogue: [noTodo] });
    expect(readFileSync(file, 'utf8')).toBe('A done and a done.\n');
    expect(report.messages).toEqual([]);
    const again = await lintFile(file, { fix: true, catalogue: [noTodo] });
    expect(readFileSync(file, 'utf8')).toBe('A done and a done.\n');
    expect(again).toEqual(report);
  });

  it('--fix refuses to overwrite an edit made while the file was being linted', async () => {
    const file = join(folder(), 'draft.md');
    writeFileSync(file, 'A TODO.\n');
    // lintFile reads the file before its first await; the writer saves while it lints.
    const pending = lintFile(file, { fix: true, catalogue: [noTodo], displayPath: 'draft.md' });
    writeFileSync(file, 'A TODO, edited by the writer.\n');
    const report = await pending;
    expect(readFileSync(file, 'utf8')).toBe('A TODO, edited by the writer.\n');
    expect(report.messages[0]).toEqual(
      expect.objectContaining({ ruleId: 'file-changed', severity: 'error', fatal: true }),
    );
    expect(report.messages[0]?.message).toContain('changed or was removed while it was being fixed');
  });
});
