import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { binPath, ensureBuilt, packageRoot } from './built.js';
import { folderWith } from './fixtures.js';

/** remark-cli's command (its package exports nothing to resolve), from the nearest node_modules holding it. */
function findRemarkCli(folder: string): string {
  const candidate = join(folder, 'node_modules/remark-cli/cli.js');
  if (existsSync(candidate)) return candidate;
  if (dirname(folder) === folder) throw new Error('remark-cli is not installed');
  return findRemarkCli(dirname(folder));
}
const remarkCli = findRemarkCli(packageRoot);

/** A remark-cli reporter printing each file's messages as JSON, so the test reads remark's own findings. */
const JSON_REPORTER = `export default function (files) {
  return JSON.stringify(files.map((file) => ({
    path: file.path,
    messages: file.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      line: m.place.start.line, column: m.place.start.column,
      endLine: m.place.end.line, endColumn: m.place.end.column,
      message: m.reason,
    })),
  })));
}
`;

const DRAFTS = {
  // Rules turned off, severities changed and markdownlint tuned here must apply under remark too.
  '.charter-lintrc.json': JSON.stringify({
    rules: { 'footnote-unused': 'off', 'charter-language': 'error' },
    markdownlint: { MD053: false, MD012: false },
    ignore: ['archive/'],
  }),
  'drafts/mopti.md':
    '---\ntitle: Mopti\n---\n\n# Report\n\nThe chairman opened the clinic.\n\nIn 2023, 332,957 displaced persons arrived,\n\n\nand more came.\n\n![](IMG_2041.jpg)\n\n[^9]: World Bank 2020\n',
  'drafts/quoted.md':
    '# Quoted\n\n<!-- charter-lint ignore sourced-figures -->\n\nThe report counts 44,000 families.\n\nElsewhere 12,000 children were seen.[^1]\n',
  // A nearer configuration replaces the root one for this folder.
  'drafts/fr/.charter-lintrc.yaml':
    'lang: fr\nrules:\n  sourced-figures: warning\nmarkdownlint:\n  MD053: false\n',
  'drafts/fr/page.md': '# Mali\n\nLe Mali compte 332 957 déplacés internes.\n\n[^2]: OCHA 2024\n',
  'archive/old.md': 'Unsourced: 50,000 people.\n',
  'reporter.js': JSON_REPORTER,
};

type Finding = [string, string, number, number, number, number, string];

const findings = (messages: FileReport['messages']): Finding[] =>
  messages
    .map((m): Finding => [m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn, m.message])
    .sort((a, b) => a[2] - b[2] || a[3] - b[3] || a[0].localeCompare(b[0]));

function contentRepository(remarkrc: unknown, files: Record<string, string> = DRAFTS): string {
  const root = folderWith({ ...files, '.remarkrc': JSON.stringify(remarkrc) });
  mkdirSync(join(root, 'node_modules/@alima'), { recursive: true });
  symlinkSync(packageRoot, join(root, 'node_modules/@alima/charter-lint'), 'dir');
  return root;
}

function remark(root: string, args: string[]) {
  return spawnSync(process.execPath, [remarkCli, ...args], { cwd: root, encoding: 'utf8' });
}

/** The findings remark-cli reports, per file with any. */
function remarkFindings(root: string): Record<string, Finding[]> {
  const result = remark(root, ['.', '--ext', 'md', '--no-stdout', '--report', './reporter.js']);
  expect(result.stderr).not.toContain('Cannot');
  const files = JSON.parse(result.stderr) as { path: string; messages: FileReport['messages'] }[];
  return Object.fromEntries(
    files.filter((file) => file.messages.length > 0).map((file) => [file.path, findings(file.messages)]),
  );
}

beforeAll(ensureBuilt, 180_000);

describe('one configuration: the command and remark-cli with the preset', () => {
  it('report the same findings on a folder, configuration files included', () => {
    const root = contentRepository({ plugins: ['@alima/charter-lint/preset'] });
    const cli = spawnSync(process.execPath, [binPath, '--format', 'json', '.'], {
      cwd: root,
      encoding: 'utf8',
    });
    const reports = JSON.parse(cli.stdout) as FileReport[];
    const fromCli = Object.fromEntries(
      reports
        .filter((report) => report.messages.length > 0)
        .map((report) => [report.filePath, findings(report.messages)]),
    );
    const fromRemark = remarkFindings(root);
    expect(fromRemark).toEqual(fromCli);
    // What the configuration did, so equal reports cannot both be empty or both unconfigured.
    expect(Object.keys(fromCli).sort()).toEqual(['drafts/fr/page.md', 'drafts/mopti.md', 'drafts/quoted.md']);
    const rules = (file: string) => (fromCli[file] ?? []).map(([id, severity]) => `${id}:${severity}`);
    expect(rules('drafts/mopti.md')).toEqual([
      'charter-language:error',
      'sourced-figures:error',
      'MD045:warning',
      'photo-credit:error',
    ]);
    expect(rules('drafts/fr/page.md')).toEqual(['sourced-figures:warning', 'footnote-unused:error']);
    // The ignored paragraph's figure (line 5) is not reported; line 7's is (a note without definition sources nothing).
    expect((fromCli['drafts/quoted.md'] ?? []).map(([id, , line]) => `${id}:${line}`)).toEqual([
      'sourced-figures:7',
      'footnote-undefined:7',
    ]);
  });

  it('applies the preset options on top of the configuration files', () => {
    const root = contentRepository({
      plugins: [['@alima/charter-lint/preset', { rules: { 'sourced-figures': 'off' }, markdownlint: false }]],
    });
    const ids = Object.values(remarkFindings(root)).flatMap((list) => list.map(([id]) => id));
    expect(ids).toContain('charter-language');
    expect(ids).not.toContain('sourced-figures');
    expect(ids.filter((id) => id.startsWith('MD'))).toEqual([]);
  });

  it('names a wrong preset option', () => {
    const root = contentRepository({ plugins: [['@alima/charter-lint/preset', { rule: {} }]] });
    const result = remark(root, ['drafts/mopti.md', '--no-stdout']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '@alima/charter-lint/preset options: "rule" is not a charter-lint setting',
    );
  });

  it('writes a draft with front matter, notes and a table back with remark -o', () => {
    const draft =
      '---\ntitle: Mopti\nlang: en\n---\n\n# Report\n\nA figure.[^1]\n\n| Region | Sites |\n| ------ | ----- |\n| Mopti  | 4     |\n\n[^1]: OCHA 2024\n';
    const root = contentRepository({ plugins: ['@alima/charter-lint/preset'] }, { 'draft.md': draft });
    const result = remark(root, ['draft.md', '-o']);
    expect(result.stderr).not.toContain('Cannot handle');
    expect(result.status).toBe(0);
    expect(readFileSync(join(root, 'draft.md'), 'utf8')).toBe(draft);
  });
});
