import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { FileReport } from '../engine/report-types.js';
import { fileReport } from '../engine/to-report.js';
import { UsageError } from './args.js';

/** Per absolute path: the line numbers added or changed since the ref, or `all` for a new untracked file. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

function git(args: string[], cwd: string): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A path as `git diff` prints it after `+++ b/`: quoted C-style when it holds special characters. */
const unquote = (path: string): string => (path.startsWith('"') ? (JSON.parse(path) as string) : path);

/**
 * What changed since `ref`, as `git diff <ref>` sees it (commits since the
 * ref and uncommitted edits), plus untracked files that git does not
 * ignore, which are new in full.
 */
export function changedLines(ref: string, cwd: string): ChangedLines {
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch {
    throw new UsageError(`--changed-since needs a git repository; ${cwd} is not in one.`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  } catch {
    throw new UsageError(`--changed-since: "${ref}" is not a commit, branch or tag in this repository.`);
  }
  const changed: ChangedLines = new Map();
  let lines: Set<number> | undefined;
  const diff = git(['diff', '--no-color', '--no-ext-diff', '--unified=0', '--find-renames', ref, '--'], root);
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      lines = target === '/dev/null' ? undefined : new Set();
      if (lines) changed.set(resolve(root, unquote(target).replace(/^b\//, '')), lines);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && lines) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let number = start; number < start + count; number++) lines.add(number);
    }
  }
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  for (const path of untracked.split('\0')) if (path !== '') changed.set(resolve(root, path), 'all');
  return changed;
}

/**
 * Keeps the findings on changed lines (a finding spanning several lines is
 * kept when any of them changed); failures to lint a file are always kept.
 */
export function onChangedLines(report: FileReport, changed: Set<number> | 'all' | undefined): FileReport {
  if (changed === 'all') return report;
  const messages = report.messages.filter((message) => {
    if (message.fatal) return true;
    for (let line = message.line; line <= message.endLine; line++) if (changed?.has(line)) return true;
    return false;
  });
  return { ...report, ...fileReport(report.filePath, messages) };
}
