import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/config/config-types.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { lintTextWithFixes } from '../../src/engine/lint-text.js';
import type { FileReport } from '../../src/engine/report-types.js';
import { COMPLEXITY_BOUNDS, complexityOf } from '../../src/parse/complexity.js';
import { folderWith } from '../cli/fixtures.js';

const CLAIM = 'In 2020, 3 million people fled.';

/** The command's JSON report for `argv` run in `cwd`. */
async function reportsOf(argv: string[], cwd: string): Promise<{ code: number; reports: FileReport[] }> {
  let stdout = '';
  const code = await main(['--format', 'json', ...argv], {
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
  });
  return { code, reports: JSON.parse(stdout || '[]') as FileReport[] };
}

describe('size budget', () => {
  it('reports a file over --max-file-size without linting it, and lints the others', async () => {
    const root = folderWith({ 'big.md': `${CLAIM}\n\n`.repeat(40), 'small.md': `${CLAIM}\n` });
    const { code, reports } = await reportsOf(['--max-file-size', '1000', 'big.md', 'small.md'], root);
    expect(code).toBe(1);
    const [big, small] = reports;
    expect(big?.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['file-too-large', 'warning'],
    ]);
    expect(big?.messages[0]?.message).toMatch(/1320 bytes, over the limit of 1000 .*--max-file-size/);
    expect(small?.messages.map((message) => message.ruleId)).toContain('sourced-figures');
  });

  it('takes maxFileSize from the configuration file, 1 MB by default', async () => {
    const root = folderWith({
      '.charter-lintrc.json': '{"maxFileSize": 100}',
      'a.md': `${CLAIM}\n\n`.repeat(4),
    });
    const { reports } = await reportsOf(['a.md'], root);
    expect(reports[0]?.messages.map((message) => message.ruleId)).toEqual(['file-too-large']);
    expect(DEFAULT_MAX_FILE_SIZE).toBe(1_000_000);
  });

  it('refuses a size that is not a whole number of bytes', async () => {
    const root = folderWith({ 'a.md': CLAIM });
    expect((await reportsOf(['--max-file-size', '1MB', 'a.md'], root)).code).toBe(2);
    expect((await reportsOf(['--max-file-size', '0', 'a.md'], root)).code).toBe(2);
    expect(() => validateConfig({ maxFileSize: -1 }, 'x.json')).toThrow(/x\.json: "maxFileSize" must be/);
  });
});

/**
 * Shapes micromark or markdownlint took quadratic time on, generated at a
 * size where that took from 20 s to several minutes (64 kB of nested
 * brackets: 94 s; a 10 kB table row: 24 s; 2,000 list markers on a line:
 * 38 s; 64 kB of `*a `: 6 s, growing 10× per 4×). Linted in linear time they take well under a second, so the test's
 * 60 s timeout separates the two on any machine.
 */
const hostile: [string, string][] = [
  ['64 kB of nested brackets', `${'['.repeat(32_000)}${']'.repeat(32_000)}\n\n${CLAIM}\n`],
  ['a 48 kB table row', `| a | b |\n| - | - |\n${'| 12 '.repeat(9_600)}|\n\n${CLAIM}\n`],
  ['20,000 list markers on one line', `${'- '.repeat(20_000)}${CLAIM}\n`],
  ['20,000 ordered list markers on one line', `${'1. '.repeat(20_000)}${CLAIM}\n`],
  ['256 kB of `*a ` on one line', `${'*a '.repeat(85_000)}\n\n${CLAIM}\n`],
  ['an unclosed comment of 20,000 lines', `${CLAIM}\n\n<!--\n${'a line of comment\n'.repeat(20_000)}`],
];

describe('complexity budget', () => {
  it.each(hostile)(
    '%s: markdownlint skipped with a warning, the charter rules still run',
    async (_name, source) => {
      const { report, fixes } = await lintTextWithFixes(source);
      const skipped = report.messages.find((message) => message.ruleId === 'file-too-complex');
      expect(skipped?.severity).toBe('warning');
      expect(skipped?.message).toMatch(/^markdownlint skipped: file too complex \(/);
      expect(report.messages.filter((message) => message.fatal)).toEqual([]);
      expect(report.messages.some((message) => /^MD\d{3}$/.test(message.ruleId))).toBe(false);
      const lines = source.split('\n');
      const figure = report.messages.find(
        (message) => message.ruleId === 'sourced-figures' && lines[message.line - 1]?.endsWith(CLAIM),
      );
      expect(figure, 'the figure after the hostile part is still reported').toBeDefined();
      expect(lines[(figure?.line ?? 0) - 1]?.slice((figure?.column ?? 0) - 1)).toMatch(/^3 million/);
      expect(fixes).toEqual([]);
    },
    60_000,
  );

  it('leaves ordinary prose alone, up to the bounds', () => {
    expect(complexityOf(`${'> '.repeat(COMPLEXITY_BOUNDS.markersOnALine)}quote\n`)).toBeUndefined();
    expect(
      complexityOf(`${'['.repeat(COMPLEXITY_BOUNDS.bracketDepth)}x\n\n${'['.repeat(50)}\n`),
    ).toBeUndefined();
    expect(complexityOf(`| a ${'| b '.repeat(COMPLEXITY_BOUNDS.pipesOnALine - 2)}|\n`)).toBeUndefined();
    expect(complexityOf('A [link](https://example.org) and a `|` in code.\n')).toBeUndefined();
    expect(complexityOf('A line.\n'.repeat(COMPLEXITY_BOUNDS.linesInAParagraph))).toBeUndefined();
    expect(complexityOf(`| a | b |\n| - | - |\n${'| 1 | 2 |\n'.repeat(10_000)}`)).toBeUndefined();
    expect(complexityOf('A line.\n'.repeat(COMPLEXITY_BOUNDS.linesInAParagraph + 1))?.reason).toBe(
      `a paragraph of more than ${COMPLEXITY_BOUNDS.linesInAParagraph} lines`,
    );
  });

  it('defuses the excess character for character, so offsets stay true', () => {
    const source = `${'['.repeat(150)}x${']'.repeat(150)}`;
    const defused = complexityOf(source)?.defused ?? '';
    expect(defused).toHaveLength(source.length);
    expect(defused).toBe(`${'['.repeat(100)}${'('.repeat(50)}x${')'.repeat(50)}${']'.repeat(100)}`);
  });
});
