import { beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { ensureBuilt } from './built.js';
import { CLEAN_DRAFT, DRAFT_WITH_ERROR, folderWith } from './fixtures.js';
import { spawnCli } from './spawn-cli.js';

// The per-file watchdog, on the installed command. `CHARTER_LINT_TEST_STALL`
// (read by the lint worker only) makes the worker spin forever on one file,
// as markdownlint would on a shape nobody has found yet: whatever the
// machine's load, that file runs out of its budget and no other file comes
// near 10 s, so no assertion depends on timing.
const BUDGET = '10';
const stalled = (name: string) => ({ CHARTER_LINT_TEST_STALL: name });

/** An undefined footnote (a charter rule's error) and three blank lines (markdownlint's MD012). */
const STALLED_DRAFT = 'A claim.[^missing]\n\n\n\nMore text.\n';
/** Three drafts; `b.md` is the one the hook stalls, with a file queued behind it. */
const drafts = { 'a.md': DRAFT_WITH_ERROR, 'b.md': STALLED_DRAFT, 'c.md': CLEAN_DRAFT };

const parse = (stdout: string) => JSON.parse(stdout) as FileReport[];
const byPath = (reports: FileReport[]) => new Map(reports.map((report) => [report.filePath, report]));

beforeAll(ensureBuilt, 180_000);

describe('--file-timeout', () => {
  it('lints a file that runs out of time again without markdownlint, with a warning, and reports every file', () => {
    const root = folderWith(drafts);
    const expected = byPath(parse(spawnCli(['--format', 'json', '--file-timeout', '0'], root).stdout));
    const run = spawnCli(['--format', 'json', '--file-timeout', BUDGET], root, undefined, stalled('b.md'));
    expect(run.code).toBe(1);
    const reports = byPath(parse(run.stdout));
    expect([...reports.keys()]).toEqual(['a.md', 'b.md', 'c.md']);
    expect(reports.get('a.md')).toEqual(expected.get('a.md'));
    expect(reports.get('c.md')).toEqual(expected.get('c.md'));
    // The charter rules still ran (footnote-undefined); markdownlint's MD012 did not.
    expect(reports.get('b.md')?.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['file-too-complex', 'warning'],
      ['footnote-undefined', 'error'],
    ]);
    expect(reports.get('b.md')?.messages[0]?.message).toBe(
      'markdownlint skipped: file too complex (over 10 s).',
    );
    expect(expected.get('b.md')?.messages.map((message) => message.ruleId)).toContain('MD012');
  });

  it('gives up on a file that runs out of time without markdownlint too: a fatal error, exit 2, the others reported', () => {
    const root = folderWith(drafts);
    const expected = byPath(parse(spawnCli(['--format', 'json', '--file-timeout', '0'], root).stdout));
    const run = spawnCli(
      ['--file-timeout', BUDGET, '--format', 'json'],
      root,
      undefined,
      stalled('b.md:always'),
    );
    expect(run.code).toBe(2);
    const reports = byPath(parse(run.stdout));
    expect(reports.get('b.md')?.messages).toEqual([
      expect.objectContaining({
        ruleId: 'file-too-complex',
        severity: 'error',
        fatal: true,
        message:
          'Not linted: file too complex (over 10 s with markdownlint skipped; raise the budget with --file-timeout).',
      }),
    ]);
    expect(reports.get('a.md')).toEqual(expected.get('a.md'));
    expect(reports.get('c.md')).toEqual(expected.get('c.md'));
  });

  it('keeps no --cache entry for a file the watchdog stopped: the next run lints it again', () => {
    const root = folderWith(drafts);
    const args = ['--format', 'json', '--cache', '--file-timeout', BUDGET];
    const stopped = byPath(parse(spawnCli(args, root, undefined, stalled('b.md')).stdout));
    expect(stopped.get('b.md')?.messages[0]?.ruleId).toBe('file-too-complex');
    const again = byPath(parse(spawnCli(args, root).stdout));
    expect(again.get('b.md')?.messages.map((message) => message.ruleId)).toContain('MD012');
    expect(again.get('b.md')?.messages.map((message) => message.ruleId)).not.toContain('file-too-complex');
  });

  it('watches stdin as it watches a file', () => {
    const root = folderWith({});
    const run = spawnCli(
      ['--format', 'json', '--file-timeout', BUDGET, '--stdin-filename', 'b.md', '-'],
      root,
      STALLED_DRAFT,
      stalled('b.md'),
    );
    expect(run.code).toBe(1);
    expect(parse(run.stdout)[0]?.messages.map((message) => message.ruleId)).toEqual([
      'file-too-complex',
      'footnote-undefined',
    ]);
  });

  it('rejects a budget that is not a number of seconds', () => {
    const run = spawnCli(['--file-timeout', '5s'], folderWith(drafts));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('charter-lint: --file-timeout must be a number of seconds ≥ 0; got "5s".\n');
  });
});
