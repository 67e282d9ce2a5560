import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './built.js';
import { folderWith } from './fixtures.js';
import { findings, runJson, runMain } from './run-main.js';
import { spawnCli } from './spawn-cli.js';

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

/** A repository whose first commit holds two drafts with an old problem each. */
function repository(): string {
  const root = folderWith({
    'docs/old.md': '# Old\n\nAn old claim.[^a]\n\nMore text.\n',
    'docs/touched.md': '# Touched\n\nAn old claim.[^b]\n\nMore text.\n',
    '.gitignore': 'ignored/\n',
  });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'first');
  return root;
}

describe('--changed-since', () => {
  it('lints the files changed since the ref and reports only findings on added or changed lines', async () => {
    const root = repository();
    writeFileSync(join(root, 'docs/touched.md'), '# Touched\n\nAn old claim.[^b]\n\nA new claim.[^c]\n');
    git(root, 'commit', '-q', '-am', 'second');
    writeFileSync(join(root, 'docs/new.md'), '# New\n\nA claim.[^d]\n');
    writeFileSync(join(root, 'ignored.md'), 'x');
    const result = await runJson(['--changed-since', 'HEAD~1', 'docs'], root);
    expect(findings(result.reports)).toEqual([
      'docs/new.md footnote-undefined:3',
      'docs/touched.md footnote-undefined:5',
    ]);
    expect(result.code).toBe(1);
    // Without the flag, the old problems are there.
    expect(findings((await runJson(['docs'], root)).reports)).toHaveLength(4);
  });

  it('sees uncommitted edits, and nothing when nothing changed', async () => {
    const root = repository();
    expect(await runJson(['--changed-since', 'HEAD', '.'], root)).toMatchObject({ code: 0, reports: [] });
    writeFileSync(join(root, 'docs/old.md'), '# Old\n\nAn old claim.[^a]\n\nEdited.[^z]\n');
    expect(findings((await runJson(['--changed-since', 'HEAD', '.'], root)).reports)).toEqual([
      'docs/old.md footnote-undefined:5',
    ]);
  });

  it('exits 2 for an unknown ref or outside a repository', async () => {
    const root = repository();
    const unknown = await runMain(['--changed-since', 'no-such-branch', '.'], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"no-such-branch" is not a commit, branch or tag');
    const outside = await runMain(['--changed-since', 'main', '.'], folderWith({ 'a.md': '# A\n' }));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--changed-since needs a git repository');
  });
});

describe('--changed-since (spawned)', { timeout: 120_000 }, () => {
  beforeAll(ensureBuilt, 180_000);

  it('passes a branch that only adds clean lines to pages with old problems', () => {
    const root = repository();
    git(root, 'checkout', '-q', '-b', 'edit');
    writeFileSync(join(root, 'docs/old.md'), '# Old\n\nAn old claim.[^a]\n\nMore text.\n\nA clean line.\n');
    git(root, 'commit', '-q', '-am', 'edit');
    expect(spawnCli(['--changed-since', 'main', '--max-warnings', '0'], root)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(spawnCli(['--max-warnings', '0'], root).code).toBe(1);
  });
});
