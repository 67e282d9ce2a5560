import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { binPath, ensureBuilt, SPAWN_TIMEOUT_MS, packageRoot } from './built.js';
import { DRAFT_WITH_ERROR, folderWith } from './fixtures.js';

/**
 * Permissions only bind a user who is not root: run as root (as CI
 * containers often do), the command runs as `nobody`, owning the test
 * folder, so a folder without permissions really is unreadable to it.
 */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

function folderFor(files: Record<string, string>): string {
  const root = folderWith(files);
  if (asRoot) {
    const own = (path: string) => {
      chownSync(path, NOBODY, NOBODY);
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) own(join(path, name));
    };
    own(root);
  }
  return root;
}

const charterLint = (args: string[], cwd: string) => {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: 'utf8',
    // A hung command fails its test instead of blocking the run (vitest cannot interrupt spawnSync).
    timeout: SPAWN_TIMEOUT_MS,
    env,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/**
 * `nobody` must reach the command's own files: a checkout under a private
 * folder (`mktemp -d` makes it 0700) would stop the command before it runs.
 * As root, folders above the package that others cannot enter get the
 * execute bit (enter, not list) for the run, and their mode back after.
 */
const restored: { folder: string; mode: number }[] = [];
function letNobodyReachThePackage(): void {
  for (let folder = packageRoot; ; folder = dirname(folder)) {
    const mode = statSync(folder).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      restored.push({ folder, mode });
      chmodSync(folder, mode | 0o001);
    }
    if (dirname(folder) === folder) break;
  }
}

beforeAll(() => {
  ensureBuilt();
  if (asRoot) letNobodyReachThePackage();
}, 180_000);
afterAll(() => {
  for (const { folder, mode } of restored) chmodSync(folder, mode);
});

describe('charter-lint (spawned) where permissions deny it', () => {
  it('--fix into a read-only folder: that file is reported, the others fixed and reported, exit 2', () => {
    const root = folderFor({
      'locked/a.md': 'The chairman spoke.\n',
      'open/b.md': 'The chairman spoke.\n',
      'open/c.md': DRAFT_WITH_ERROR,
    });
    chmodSync(join(root, 'locked'), 0o555);
    const result = charterLint(['--fix', '--format', 'json', 'locked/a.md', 'open'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    const reports = JSON.parse(result.stdout) as FileReport[];
    expect(reports.map((report) => [report.filePath, report.messages[0]?.ruleId ?? 'clean'])).toEqual([
      ['locked/a.md', 'file-unwritable'],
      ['open/b.md', 'clean'],
      ['open/c.md', 'footnote-undefined'],
    ]);
    expect(reports[0]?.messages[0]?.message).toContain('EACCES');
    expect(readFileSync(join(root, 'locked/a.md'), 'utf8')).toBe('The chairman spoke.\n');
    expect(readFileSync(join(root, 'open/b.md'), 'utf8')).toBe('The chair spoke.\n');
    expect(readdirSync(join(root, 'locked'))).toEqual(['a.md']);
  });

  it('a named file under an unreadable folder gets a fatal report; a scan names the folder it skipped', () => {
    const root = folderFor({ 'private/a.md': DRAFT_WITH_ERROR, 'public/b.md': DRAFT_WITH_ERROR });
    chmodSync(join(root, 'private'), 0o000);
    const named = charterLint(['--format', 'json', 'private/a.md', 'public/b.md'], root);
    expect(named.code).toBe(2);
    expect(named.stderr).not.toMatch(STACK_FRAME);
    const reports = JSON.parse(named.stdout) as FileReport[];
    expect(reports.map((report) => [report.filePath, report.messages[0]?.ruleId])).toEqual([
      ['private/a.md', 'file-unreadable'],
      ['public/b.md', 'footnote-undefined'],
    ]);
    expect(reports[0]?.messages[0]?.message).toBe('Cannot read the file (EACCES: permission denied).');
    const scan = charterLint(['--format', 'json'], root);
    expect(scan.stderr).toBe(
      'charter-lint: private: folder cannot be read (EACCES); its files were not checked\n',
    );
    expect((JSON.parse(scan.stdout) as FileReport[]).map((report) => report.filePath)).toEqual([
      'public/b.md',
    ]);
    expect(scan.code).toBe(1);
    chmodSync(join(root, 'private'), 0o755);
  });
});

describe('worker threads', () => {
  it('never starts more workers than there are cores, whatever --concurrency asks', async () => {
    const { poolSize } = (await import(
      pathToFileURL(join(packageRoot, 'dist/engine/worker-pool.js')).href
    )) as {
      poolSize: (files: number, requested?: number | 'auto') => number;
    };
    expect(poolSize(10_000, 10_000)).toBe(availableParallelism());
    expect(poolSize(10_000, 1)).toBe(1);
  });
});
