import { beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { ensureBuilt } from './built.js';
import { CLEAN_DRAFT, DRAFT_WITH_ERROR, folderWith } from './fixtures.js';
import { spawnCli } from './spawn-cli.js';

beforeAll(ensureBuilt, 180_000);

const reportsOf = (stdout: string) => JSON.parse(stdout) as FileReport[];

// Spawned processes on a loaded 2-core machine: generous timeouts.
describe('inputs (spawned)', { timeout: 120_000 }, () => {
  it('reads stdin for -, with --stdin-filename for the configuration, language and report', () => {
    const root = folderWith({
      'fr/.charter-lintrc.json': '{"lang": "fr", "rules": {"photo-credit": "off"}}',
    });
    const draft = 'En 2020, 332 957 personnes étaient déplacées.\n\n![](photo.jpg)\n';
    const named = spawnCli(['-f', 'json', '--stdin-filename', 'fr/page.md', '-'], root, draft);
    expect(named.code).toBe(1);
    const [report] = reportsOf(named.stdout);
    expect(report?.filePath).toBe('fr/page.md');
    // French number reading (lang from fr/'s configuration), photo-credit off there.
    expect(report?.messages.map((message) => `${message.ruleId} ${message.actual ?? ''}`.trim())).toEqual([
      'sourced-figures 332 957',
      'MD045',
    ]);
    const bare = spawnCli(['-f', 'json', '-'], root, draft);
    expect(reportsOf(bare.stdout)[0]?.filePath).toBe('<stdin>');
    expect(reportsOf(bare.stdout)[0]?.messages.map((message) => message.ruleId)).toContain('photo-credit');
  });

  it('reads stdin as MDX when --stdin-filename ends in .mdx', () => {
    const root = folderWith({});
    const mdx = '# T\n\n{/* a *comment* */}\n\nText.\n';
    expect(spawnCli(['--stdin-filename', 'a.mdx', '-'], root, mdx)).toMatchObject({ code: 0, stdout: '' });
    expect(spawnCli(['--stdin-filename', 'a.md', '-'], root, mdx).stdout).toContain('MD037');
  });

  it('refuses --fix with stdin', () => {
    const result = spawnCli(['--fix', '-'], folderWith({}), 'x\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fix cannot write back to stdin');
  });

  it('picks up .md, .MD, .Markdown and .mdx files in folder scans', () => {
    const root = folderWith({
      'a.md': CLEAN_DRAFT,
      'B.MD': CLEAN_DRAFT,
      'c.Markdown': CLEAN_DRAFT,
      'd.mdx': CLEAN_DRAFT,
      'e.txt': DRAFT_WITH_ERROR,
    });
    const result = spawnCli(['-f', 'json', '.'], root);
    expect(reportsOf(result.stdout).map((report) => report.filePath)).toEqual([
      'B.MD',
      'a.md',
      'c.Markdown',
      'd.mdx',
    ]);
  });

  it('exits 2 when a path or pattern matches nothing, unless --no-error-on-unmatched-pattern', () => {
    const root = folderWith({ 'docs/a.md': CLEAN_DRAFT, 'empty/notes.txt': 'x' });
    const patterns = ['doc/**/*.md', 'docs/*.mdd', 'empty', 'nope.md'];
    const result = spawnCli([...patterns, 'docs'], root);
    expect(result.code).toBe(2);
    for (const pattern of patterns) expect(result.stderr).toContain(`charter-lint: ${pattern}: `);
    expect(result.stderr).toContain('--no-error-on-unmatched-pattern');
    expect(spawnCli(['--no-error-on-unmatched-pattern', ...patterns, 'docs'], root)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
});
