import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { FileReport } from '../../src/engine/report-types.js';
import { CLEAN_DRAFT, DRAFT_WITH_ERROR, folderWith, WARNING_ONLY_DRAFT } from './fixtures.js';

async function run(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const jsonRun = async (argv: string[], cwd: string) => {
  const result = await run(['--format', 'json', ...argv], cwd);
  return { ...result, reports: JSON.parse(result.stdout || '[]') as FileReport[] };
};

describe('charter-lint command (in process)', () => {
  it('prints help and the version', async () => {
    const help = await run(['--help'], '/');
    expect(help.code).toBe(0);
    for (const flag of [
      '--format',
      '--config',
      '--max-warnings',
      '--quiet',
      '--fix',
      '--fix-dry-run',
      '--lang',
      '--no-markdownlint',
      '--output-file',
      '--concurrency',
      '--verbose',
      '--version',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    const version = await run(['--version'], '/');
    expect(version.stdout).toBe(
      `${JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version}\n`,
    );
  });

  it.each([
    [['--fixx'], "Unknown option '--fixx'"],
    [['--format', 'xml'], '--format must be one of stylish, json, sarif, github; got "xml".'],
    [['--lang', 'de'], '--lang must be one of en, fr; got "de".'],
    [['--max-warnings', 'many'], '--max-warnings must be a whole number ≥ 0; got "many".'],
    [['--format'], "Option '-f, --format <value>' argument missing"],
  ])('rejects %j with a clear message and exit 2', async (argv, message) => {
    const result = await run(argv, '/');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('lints every Markdown file under the folder by default, skipping node_modules and .gitignore', async () => {
    const root = folderWith({
      '.gitignore': 'build/\n*.draft.md\n',
      'a.md': CLEAN_DRAFT,
      'docs/b.markdown': CLEAN_DRAFT,
      'docs/c.draft.md': DRAFT_WITH_ERROR,
      'docs/.gitignore': 'private.md\n',
      'docs/private.md': DRAFT_WITH_ERROR,
      'build/d.md': DRAFT_WITH_ERROR,
      'node_modules/pkg/readme.md': DRAFT_WITH_ERROR,
      'notes.txt': DRAFT_WITH_ERROR,
    });
    const { code, reports } = await jsonRun([], root);
    expect(reports.map((report) => report.filePath)).toEqual(['a.md', 'docs/b.markdown']);
    expect(code).toBe(0);
  });

  it('lints a file named explicitly even when git ignores it, and globs', async () => {
    const root = folderWith({
      '.gitignore': '*.draft.md\n',
      'x.draft.md': DRAFT_WITH_ERROR,
      'sub/y.md': CLEAN_DRAFT,
    });
    expect((await jsonRun(['x.draft.md'], root)).reports.map((r) => r.filePath)).toEqual(['x.draft.md']);
    expect((await jsonRun(['sub/*.md'], root)).reports.map((r) => r.filePath)).toEqual(['sub/y.md']);
  });

  it('exits 1 on errors, 0 on warnings alone, and 1 over --max-warnings', async () => {
    const root = folderWith({ 'err.md': DRAFT_WITH_ERROR, 'warn.md': WARNING_ONLY_DRAFT });
    expect((await run(['err.md'], root)).code).toBe(1);
    expect((await run(['warn.md'], root)).code).toBe(0);
    expect((await run(['warn.md', '--max-warnings', '1'], root)).code).toBe(0);
    const over = await run(['warn.md', '--max-warnings', '0'], root);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings');
  });

  it('--quiet reports errors only', async () => {
    const root = folderWith({ 'err.md': DRAFT_WITH_ERROR });
    const { reports } = await jsonRun(['--quiet', 'err.md'], root);
    expect(reports[0]?.messages.every((message) => message.severity === 'error')).toBe(true);
    expect(reports[0]?.messages.length).toBeGreaterThan(0);
    expect(reports[0]?.warningCount).toBe(0);
  });

  it('--no-markdownlint leaves markdownlint out', async () => {
    const root = folderWith({ 'warn.md': WARNING_ONLY_DRAFT });
    expect((await jsonRun(['warn.md'], root)).reports[0]?.messages.map((m) => m.ruleId)).toEqual(['MD012']);
    expect(
      (await jsonRun(['--no-markdownlint', 'warn.md'], root)).reports[0]?.messages.map((m) => m.ruleId),
    ).toEqual([]);
  });

  it('reads the nearest configuration file, and --config instead', async () => {
    const root = folderWith({
      'a.md': DRAFT_WITH_ERROR,
      'sub/.charter-lintrc.yaml': 'rules:\n  footnote-undefined: warning\nmarkdownlint: false\n',
      'sub/b.md': DRAFT_WITH_ERROR,
      'other.json': '{"rules": {"footnote-undefined": "off"}}',
    });
    const { reports } = await jsonRun([], root);
    const byPath = Object.fromEntries(
      reports.map((report) => [report.filePath, report.messages.map((m) => `${m.ruleId}:${m.severity}`)]),
    );
    expect(byPath['a.md']).toEqual(expect.arrayContaining(['footnote-undefined:error', 'MD045:warning']));
    expect(byPath['sub/b.md']).toEqual(expect.arrayContaining(['footnote-undefined:warning']));
    expect(byPath['sub/b.md']).not.toContain('MD045:warning');
    const overridden = await jsonRun(['--config', 'other.json', 'sub/b.md'], root);
    expect(overridden.reports[0]?.messages.map((m) => m.ruleId)).not.toContain('footnote-undefined');
  });

  it('skips files matched by the configuration ignore patterns', async () => {
    const root = folderWith({
      '.charter-lintrc.json': '{"ignore": ["archive/"]}',
      'archive/old.md': DRAFT_WITH_ERROR,
      'new.md': CLEAN_DRAFT,
    });
    const { reports, code } = await jsonRun([], root);
    expect(reports.map((report) => report.filePath)).toEqual(['new.md']);
    expect(code).toBe(0);
  });

  it('exits 2 naming the file and key of an invalid configuration', async () => {
    const root = folderWith({
      '.charter-lintrc.json': '{"rules": {"footnote-undefind": "error"}}',
      'a.md': CLEAN_DRAFT,
    });
    const result = await run([], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `charter-lint: ${join(root, '.charter-lintrc.json')}: "rules.footnote-undefind" is not a charter-lint rule. Did you mean "footnote-undefined"?\n`,
    );
  });

  it('exits 2 for a missing path but still lints the others', async () => {
    const root = folderWith({ 'a.md': CLEAN_DRAFT });
    const result = await jsonRun(['a.md', 'nope.md'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('charter-lint: nope.md: no such file or folder');
    expect(result.reports.map((report) => report.filePath)).toEqual(['a.md']);
  });

  it('handles binary, mis-encoded, empty and unreadable files with a message each', async () => {
    const root = folderWith({
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.md': new Uint8Array([...Buffer.from('# Caf'), 0xe9, ...Buffer.from('\n\nText.\n')]),
      'empty.md': '',
      'ok.md': CLEAN_DRAFT,
    });
    const { code, reports } = await jsonRun([], root);
    const byPath = Object.fromEntries(reports.map((report) => [report.filePath, report.messages]));
    expect(byPath['binary.md']).toEqual([
      expect.objectContaining({ ruleId: 'file-binary', severity: 'warning' }),
    ]);
    expect(byPath['latin1.md']?.[0]).toEqual(
      expect.objectContaining({ ruleId: 'file-encoding', line: 1, column: 6 }),
    );
    expect(byPath['empty.md']).toEqual([]);
    expect(byPath['ok.md']).toEqual([]);
    expect(code).toBe(0);
  });

  it('skips folders named like Markdown files, and exits 2 for a dangling link named explicitly', async () => {
    const root = folderWith({ 'ok.md': CLEAN_DRAFT, 'folder.md/inner.txt': 'x' });
    symlinkSync(join(root, 'gone.md'), join(root, 'broken.md'));
    expect((await jsonRun([], root)).reports.map((report) => report.filePath)).toEqual(['ok.md']);
    const explicit = await jsonRun(['broken.md', 'ok.md'], root);
    expect(explicit.stderr).toContain('charter-lint: broken.md: no such file or folder');
    expect(explicit.reports.map((report) => report.filePath)).toEqual(['ok.md']);
    expect(explicit.code).toBe(2);
  });

  it('writes the report to --output-file', async () => {
    const root = folderWith({ 'err.md': DRAFT_WITH_ERROR });
    const result = await run(['--format', 'json', '--output-file', 'report.json', 'err.md'], root);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))[0].filePath).toBe('err.md');
    expect(result.code).toBe(1);
  });

  it('exits 2 naming an --output-file it cannot write', async () => {
    const root = folderWith({ 'a.md': CLEAN_DRAFT });
    const result = await run(['--output-file', 'no/such/folder/report.txt', 'a.md'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `charter-lint: --output-file ${join(root, 'no/such/folder/report.txt')} cannot be written (ENOENT).\n`,
    );
  });

  it('--fix applies the catalogue fixes, reports what is left, and a second run changes nothing', async () => {
    const draft =
      '# Board\n\nThe chairman of the board visited Niono.\n\n![A mobile clinic in Niono](/uploads/niono.jpg)\n©Alexandre Bonneau / ALIMA\n';
    const root = folderWith({ 'a.md': draft });
    const before = await jsonRun(['a.md'], root);
    expect(before.reports[0]?.messages.map((m) => m.ruleId)).toEqual([
      'charter-language',
      'photo-credit-format',
    ]);
    const fixed = await jsonRun(['--fix', 'a.md'], root);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(
      '# Board\n\nThe chair of the board visited Niono.\n\n![A mobile clinic in Niono](/uploads/niono.jpg)\n© Alexandre Bonneau / ALIMA\n',
    );
    expect(fixed.reports[0]?.messages).toEqual([]);
    expect(fixed.code).toBe(0);
    const again = await jsonRun(['--fix', 'a.md'], root);
    expect(again.reports).toEqual(fixed.reports);
    expect(readdirSync(root)).toEqual(['a.md']);
  });

  it('--fix-dry-run prints what --fix would change as a patch git applies, and writes nothing', async () => {
    const draft = '# Board\n\n## Message from the chairman\n\nThe chairman of the board visited Niono.\n';
    const root = folderWith({ 'a.md': draft, 'clean.md': CLEAN_DRAFT });
    const result = await run(['--fix-dry-run', 'a.md', 'clean.md'], root);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(draft);
    expect(result.stdout).toBe(
      [
        '--- a/a.md',
        '+++ b/a.md',
        '@@ -2,4 +2,4 @@',
        ' ',
        ' ## Message from the chairman',
        ' ',
        '-The chairman of the board visited Niono.',
        '+The chair of the board visited Niono.',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toContain('charter-language');
    expect(result.code).toBe(0);
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['apply', '--check', '-'], { cwd: root, input: result.stdout });
    expect((await run(['--fix', '--fix-dry-run', 'a.md'], root)).code).toBe(2);
  });

  it('colours stylish output with FORCE_COLOR and not with NO_COLOR', async () => {
    const root = folderWith({ 'err.md': DRAFT_WITH_ERROR });
    expect((await run(['err.md'], root, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[31m');
    expect((await run(['err.md'], root, { NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });

  it('lints the seed page with --format json in the documented report shape', async () => {
    const fixtures = new URL('../fixtures/', import.meta.url).pathname;
    const { reports, code } = await jsonRun(['mali.md'], fixtures);
    expect(code).toBeLessThan(2);
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(Object.keys(report as object).sort()).toEqual([
      'errorCount',
      'filePath',
      'messages',
      'warningCount',
    ]);
    expect(report?.filePath).toBe('mali.md');
    expect(report?.messages.length).toBeGreaterThan(0);
    for (const message of report?.messages ?? []) {
      expect(message).toEqual({
        ruleId: expect.any(String),
        severity: expect.stringMatching(/^(error|warning|info)$/),
        line: expect.any(Number),
        column: expect.any(Number),
        endLine: expect.any(Number),
        endColumn: expect.any(Number),
        message: expect.any(String),
        ...('actual' in message ? { actual: expect.any(String) } : {}),
        ...('expected' in message ? { expected: expect.arrayContaining([]) } : {}),
      });
      expect(message.endLine * 10_000 + message.endColumn).toBeGreaterThanOrEqual(
        message.line * 10_000 + message.column,
      );
    }
    expect(report?.errorCount).toBe(report?.messages.filter((m) => m.severity === 'error').length);
    expect(report?.warningCount).toBe(report?.messages.filter((m) => m.severity === 'warning').length);
    expect(code).toBe(report?.errorCount ? 1 : 0);
  });
});
