import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { packageRoot } from '../cli/built.js';

const workspaceRoot = join(packageRoot, '../..');

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
}

const manifestOf = (folder: string) =>
  JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest;

/** The workspace packages by name, to pack the @alima/* dependencies with the linter. */
function workspacePackages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const group of ['packages', 'apps']) {
    for (const entry of readdirSync(join(workspaceRoot, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const folder = join(workspaceRoot, group, entry.name);
      try {
        found.set(manifestOf(folder).name, folder);
      } catch {
        // A folder without a package.json is not a package.
      }
    }
  }
  return found;
}

/**
 * The environment a user's shell has: none of the monorepo's `node_modules/.bin`
 * on PATH and none of the `npm_*` variables of the `npm test` running us, so
 * a command can only come from the content repository's own install.
 */
export function userEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'NODE_OPTIONS') env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.includes('node_modules'))
    .join(delimiter);
  env.NO_COLOR = '1';
  return env;
}

/** Runs a command line in bash, as a user or CI would type it. */
export function shell(command: string, cwd: string, timeout = 600_000) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-c', command], {
    cwd,
    env: userEnvironment(),
    encoding: 'utf8',
    timeout,
  });
  return {
    code: result.status ?? 2,
    stdout: result.stdout,
    stderr: result.stderr,
    output: result.stdout + result.stderr,
  };
}

/** `npm pack` of the linter and, recursively, the workspace packages it depends on; returns the tarballs. */
export function packTarballs(into: string): string[] {
  const packages = workspacePackages();
  const toPack = [packageRoot];
  const tarballs: string[] = [];
  const seen = new Set<string>();
  for (let folder = toPack.pop(); folder !== undefined; folder = toPack.pop()) {
    if (seen.has(folder)) continue;
    seen.add(folder);
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', into], {
      cwd: folder,
      env: userEnvironment(),
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (packed.status !== 0) throw new Error(`npm pack failed in ${folder}: ${packed.stderr}`);
    const [result] = JSON.parse(packed.stdout) as { filename: string }[];
    if (result === undefined) throw new Error(`npm pack in ${folder} reported no tarball`);
    tarballs.push(join(into, result.filename));
    for (const dependency of Object.keys(manifestOf(folder).dependencies ?? {})) {
      const workspaceFolder = packages.get(dependency);
      if (workspaceFolder !== undefined) toPack.push(workspaceFolder);
    }
  }
  return tarballs;
}

/** A fresh folder outside the monorepo holding `files`, a git repository with one commit. */
export function contentRepository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'charter-lint-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const git = (...args: string[]) => {
    const result = spawnSync(
      'git',
      ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.org', ...args],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Drafts');
  return root;
}
