import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { CLEAN_DRAFT, DRAFT_WITH_ERROR, folderWith } from './fixtures.js';
import { runMain } from './run-main.js';

const run = runMain;

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('one file failing is that file’s report', () => {
  it('reports a named symbolic link loop and a FIFO, and the other files as usual (exit 2, no stack)', async () => {
    const root = folderWith({ 'err.md': DRAFT_WITH_ERROR, 'ok.md': 'A TODO-free draft.\n' });
    symlinkSync('loop.md', join(root, 'loop.md'));
    expect(spawnSync('mkfifo', [join(root, 'pipe.md')]).status).toBe(0);
    const result = await run(['--format', 'json', 'loop.md', 'err.md', 'pipe.md', 'ok.md'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    const reports = JSON.parse(result.stdout) as FileReport[];
    expect(reports.map((report) => [report.filePath, report.messages[0]?.ruleId ?? 'clean'])).toEqual([
      ['loop.md', 'file-unreadable'],
      ['err.md', 'footnote-undefined'],
      ['pipe.md', 'file-unreadable'],
      ['ok.md', 'clean'],
    ]);
    expect(reports[0]?.messages[0]?.message).toContain('ELOOP');
  });

  it('--fix writes the files it can and reports the read-only one (exit 2)', async () => {
    const root = folderWith({ 'a.md': 'The chairman spoke.\n', 'b.md': 'The chairman spoke.\n' });
    chmodSync(join(root, 'a.md'), 0o444);
    const result = await run(['--fix', 'a.md', 'b.md'], root);
    expect(result.code).toBe(2);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('The chairman spoke.\n');
    expect(readFileSync(join(root, 'b.md'), 'utf8')).toBe('The chair spoke.\n');
    expect(result.stdout).toMatch(/^a\.md\n\s+1:1\s+error\s+.*is read-only; not fixed.*file-unwritable$/m);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('what a scan skips is said', () => {
  it('names skipped dot-folders with --verbose only, and lints one when it is named', async () => {
    const root = folderWith({
      '.github/PULL_REQUEST_TEMPLATE.md': DRAFT_WITH_ERROR,
      'docs/.drafts/x.md': DRAFT_WITH_ERROR,
      'docs/a.md': CLEAN_DRAFT,
    });
    mkdirSync(join(root, '.git'));
    const quiet = await run([], root);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const verbose = await run(['--verbose'], root);
    expect(verbose.code).toBe(0);
    expect(verbose.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'charter-lint: .github: dot-folder skipped (name it to check it)',
      'charter-lint: docs/.drafts: dot-folder skipped (name it to check it)',
    ]);
    const named = await run(['--format', 'json', '.github'], root);
    expect(named.code).toBe(1);
    expect((JSON.parse(named.stdout) as FileReport[]).map((report) => report.filePath)).toEqual([
      '.github/PULL_REQUEST_TEMPLATE.md',
    ]);
  });

  it('escapes control characters of a file name in its stderr notes', async () => {
    const root = folderWith({ 'a.md': CLEAN_DRAFT });
    const result = await run(['\u001b]0;pwned\u0007.md'], root);
    expect(result.stderr).toBe(
      'charter-lint: \\x1B]0;pwned\\x07.md: no such file or folder (--no-error-on-unmatched-pattern allows this)\n',
    );
  });
});

describe('SARIF paths', () => {
  it('gives a file outside the current folder a URI relative to %SRCROOT%, which the log defines', async () => {
    const root = folderWith({ 'site/a.md': DRAFT_WITH_ERROR, 'shared/b.md': DRAFT_WITH_ERROR });
    const cwd = join(root, 'site');
    const { stdout } = await run(['--format', 'sarif', 'a.md', '../shared/b.md'], cwd);
    const [sarifRun] = JSON.parse(stdout).runs;
    const locations = sarifRun.results.map(
      (result: { locations: { physicalLocation: { artifactLocation: object } }[] }) =>
        result.locations[0]?.physicalLocation.artifactLocation,
    );
    expect(new Set(locations.map((location: object) => JSON.stringify(location)))).toEqual(
      new Set([
        JSON.stringify({ uri: 'a.md', uriBaseId: '%SRCROOT%' }),
        JSON.stringify({ uri: '../shared/b.md', uriBaseId: '%SRCROOT%' }),
      ]),
    );
    expect(sarifRun.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } });
  });
});
