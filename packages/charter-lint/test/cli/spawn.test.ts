import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { binPath, ensureBuilt, SPAWN_TIMEOUT_MS } from './built.js';
import { CLEAN_DRAFT, DRAFT_WITH_ERROR, folderWith } from './fixtures.js';

// The installed command, as a writer or CI runs it: a real process, real exit codes.
const charterLint = (args: string[], cwd: string, env: Record<string, string> = {}) => {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: 'utf8',
    // A hung command fails its test instead of blocking the run (vitest cannot interrupt spawnSync).
    timeout: SPAWN_TIMEOUT_MS,
    env: { ...inherited, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(ensureBuilt, 180_000);

describe('charter-lint (spawned)', () => {
  it('exits 0 on a clean folder, 1 on errors, 2 on a usage error', () => {
    const root = folderWith({ 'clean.md': CLEAN_DRAFT, 'bad/err.md': DRAFT_WITH_ERROR });
    expect(charterLint(['clean.md'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    const errors = charterLint([], root);
    expect(errors.code).toBe(1);
    expect(errors.stdout).toContain('bad/err.md');
    expect(errors.stdout).toMatch(/1:\d+\s+error\s+.+footnote-undefined/);
    const usage = charterLint(['--nope'], root);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Unknown option '--nope'");
  });

  it('exits 2 for an invalid configuration, naming it', () => {
    const root = folderWith({ '.charter-lintrc.yml': 'lang: de\n', 'a.md': CLEAN_DRAFT });
    const result = charterLint([], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.charter-lintrc.yml: "lang" must be one of en, fr; got "de".');
  });

  it('prints GitHub workflow commands with --format github', () => {
    const root = folderWith({ 'err.md': DRAFT_WITH_ERROR });
    const { stdout, code } = charterLint(['--format', 'github'], root);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^::error file=err\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=footnote-undefined::/m,
    );
    expect(stdout).toMatch(/^::warning file=err\.md,line=3,col=1,endLine=3,endColumn=\d+,title=MD045::/m);
  });

  it('colours only a terminal, or when FORCE_COLOR asks', () => {
    const root = folderWith({ 'err.md': DRAFT_WITH_ERROR });
    expect(charterLint([], root).stdout).not.toContain('\u001b[');
    expect(charterLint([], root, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
  });

  it('gives the same report on worker threads as on one thread, in the same order', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) {
      files[`page-${String(index).padStart(2, '0')}.md`] = index % 3 === 0 ? DRAFT_WITH_ERROR : CLEAN_DRAFT;
    }
    const root = folderWith(files);
    const single = charterLint(['--format', 'json', '--concurrency', '0'], root);
    const pooled = charterLint(['--format', 'json', '--concurrency', '2'], root);
    expect(pooled.code).toBe(1);
    expect(pooled.stdout).toBe(single.stdout);
    const reports = JSON.parse(pooled.stdout) as FileReport[];
    expect(reports.map((report) => report.filePath)).toEqual(Object.keys(files));
    expect(reports.filter((report) => report.errorCount > 0)).toHaveLength(14);
  });

  it('writes a SARIF log with relative URIs', () => {
    const root = folderWith({ 'docs/err.md': DRAFT_WITH_ERROR });
    const { stdout } = charterLint(['--format', 'sarif'], root);
    const log = JSON.parse(stdout);
    const uris = log.runs[0].results.map(
      (result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        result.locations[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(new Set(uris)).toEqual(new Set(['docs/err.md']));
  });

  it('lints the seed page to the JSON report contract', () => {
    const { stdout, code } = charterLint(
      ['--format', 'json', 'mali.md'],
      fileURLToPath(new URL('../fixtures/', import.meta.url)),
    );
    const reports = JSON.parse(stdout) as FileReport[];
    expect(reports.map((report) => Object.keys(report).sort())).toEqual([
      ['errorCount', 'filePath', 'messages', 'warningCount'],
    ]);
    const [report] = reports;
    const allowed = [
      'ruleId',
      'severity',
      'line',
      'column',
      'endLine',
      'endColumn',
      'message',
      'actual',
      'expected',
    ];
    for (const message of report?.messages ?? []) {
      expect(Object.keys(message).every((key) => allowed.includes(key))).toBe(true);
      expect(['error', 'warning', 'info']).toContain(message.severity);
    }
    expect(code).toBe((report?.errorCount ?? 0) > 0 ? 1 : 0);
  });

  it('finds on the seed page only the unsourced sentence at error level, and the broken numbering', () => {
    // The fixtures' .charter-lintrc.json exempts the map: a map is not a photo.
    const { stdout, code } = charterLint(
      ['--format', 'json', 'mali.md'],
      fileURLToPath(new URL('../fixtures/', import.meta.url)),
    );
    const [report] = JSON.parse(stdout) as FileReport[];
    const at = (severity: string) =>
      report?.messages
        .filter((message) => message.severity === severity)
        .map((message) =>
          `${message.ruleId} ${message.line}:${message.column} ${message.actual ?? ''}`.trim(),
        );
    expect(at('error')).toEqual(['sourced-figures 31:241 332,957', 'sourced-figures 31:295 207,751']);
    expect(at('warning')?.filter((finding) => finding.startsWith('footnote-'))).toEqual([
      'footnote-sequence 31:411 ⁵',
      'footnote-sequence 69:1 International Organization for Migration (OIM) 2020',
    ]);
    expect(code).toBe(1);
  });
});
