import { describe, expect, it } from 'vitest';
import type { FileReport } from '../engine/report-types.js';
import { shouldColor } from './colors.js';
import { github } from './github.js';
import { json } from './json.js';
import type { ReporterContext } from './reporter.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

const reports: FileReport[] = [
  {
    filePath: 'docs/mali page.md',
    messages: [
      {
        ruleId: 'sourced-figures',
        severity: 'error',
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 19,
        message: '"332,957" has no source',
        actual: '332,957',
      },
      {
        ruleId: 'MD045',
        severity: 'warning',
        line: 10,
        column: 1,
        endLine: 10,
        endColumn: 14,
        message: 'Images should have alternate text (alt text)',
      },
      {
        ruleId: 'gender',
        severity: 'info',
        line: 12,
        column: 5,
        endLine: 12,
        endColumn: 13,
        message: 'Say "chair": 100%, a, b\nnext',
      },
    ],
    errorCount: 1,
    warningCount: 1,
  },
  { filePath: 'clean.md', messages: [], errorCount: 0, warningCount: 0 },
];

const context: ReporterContext = {
  color: false,
  version: '1.2.3',
  rules: [
    {
      meta: {
        id: 'sourced-figures',
        summary: 'Source every figure.',
        rationale: '',
        defaultSeverity: 'error',
        fixable: false,
        examples: [],
      },
    },
  ],
};

describe('stylish', () => {
  it('lists findings per file, aligned, with a summary, and skips clean files', () => {
    expect(stylish(reports, context)).toBe(
      [
        'docs/mali page.md',
        '  3:12  error    "332,957" has no source                       sourced-figures',
        '  10:1  warning  Images should have alternate text (alt text)  MD045',
        '  12:5  info     Say "chair": 100%, a, b next                  gender',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(stylish([reports[1] as FileReport], context)).toBe('');
  });

  it('escapes control characters that came from a file or a file name', () => {
    const hostile: FileReport = {
      filePath: 'a\u001b]0;title\u0007\rb.md',
      messages: [
        {
          ruleId: 'photo-credit',
          severity: 'error',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          message: 'Image “\u001b[2J\u009b31m\r✔ All good\u202e” has no credit',
        },
      ],
      errorCount: 1,
      warningCount: 0,
    };
    const output = stylish([hostile], context);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal.
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(output).toContain('a\\x1B]0;title\\x07\\x0Db.md');
    expect(output).toContain('Image “\\x1B[2J\\x9B31m\\x0D✔ All good\\u202E” has no credit');
  });

  it('colours only when asked', () => {
    expect(stylish(reports, { ...context, color: true })).toContain('\u001b[31merror');
    expect(stylish(reports, context)).not.toContain('\u001b[');
  });
});

describe('shouldColor', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  ])('%j on a TTY=%s → %s', (env, tty, expected) => {
    expect(shouldColor(env, tty)).toBe(expected);
  });
});

describe('json', () => {
  it('is the report array itself', () => {
    expect(JSON.parse(json(reports, context))).toEqual(reports);
  });
});

describe('github', () => {
  it('prints one escaped workflow command per finding, then the summary between stop-commands markers', () => {
    const lines = github(reports, context).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '::error file=docs/mali page.md,line=3,col=12,endLine=3,endColumn=19,title=sourced-figures::"332,957" has no source',
      '::warning file=docs/mali page.md,line=10,col=1,endLine=10,endColumn=14,title=MD045::Images should have alternate text (alt text)',
      '::notice file=docs/mali page.md,line=12,col=5,endLine=12,endColumn=13,title=gender::Say "chair": 100%25, a, b%0Anext',
    ]);
    const token = /^::stop-commands::(charter-lint-[\da-f-]{36})$/.exec(lines[3] ?? '')?.[1];
    expect(token).toBeDefined();
    expect(lines.at(-2)).toBe(`::${token}::`);
    expect(lines).toContain('✖ 3 problems (1 error, 1 warning, 1 info)');
  });

  it('uses a new stop-commands token on every run', () => {
    const token = (output: string) => /::stop-commands::(\S+)/.exec(output)?.[1];
    expect(token(github(reports, context))).not.toBe(token(github(reports, context)));
  });

  it('annotates at most ten errors and ten warnings, errors first, and says what it left out', () => {
    const finding = (severity: 'error' | 'warning', line: number) => ({
      ruleId: severity === 'error' ? 'sourced-figures' : 'MD045',
      severity,
      line,
      column: 1,
      endLine: line,
      endColumn: 2,
      message: `${severity} on line ${line}`,
    });
    const many: FileReport = {
      filePath: 'long.md',
      messages: Array.from({ length: 30 }, (_, index) =>
        finding(index % 3 === 0 ? 'warning' : 'error', index + 1),
      ),
      errorCount: 20,
      warningCount: 10,
    };
    const lines = github([many], context).split('\n');
    const annotated = lines.filter((line) => /^::(error|warning) /.test(line));
    expect(annotated.map((line) => line.slice(2, line.indexOf(' ')))).toEqual([
      ...Array<string>(10).fill('error'),
      ...Array<string>(10).fill('warning'),
    ]);
    expect(annotated[0]).toContain('::error on line 2');
    expect(lines[20]).toBe(
      'charter-lint: 10 errors not annotated (GitHub shows 10 of each kind per step); all are listed below.',
    );
    expect(lines.filter((line) => / error on line \d+/.test(line))).toHaveLength(20);
  });

  it('prints only annotations, and no markers, for a clean run', () => {
    expect(github([reports[1] as FileReport], context)).toBe('');
  });
});

describe('sarif', () => {
  it('writes a SARIF 2.1.0 log GitHub code scanning accepts', () => {
    const log = JSON.parse(sarif(reports, context));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'charter-lint', version: '1.2.3' });
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'sourced-figures',
      'MD045',
      'gender',
    ]);
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'sourced-figures',
      shortDescription: { text: 'Source every figure.' },
      helpUri:
        'https://github.com/alima-ngo/toolkit/blob/main/packages/charter-lint/docs/rules/sourced-figures.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(run.tool.driver.rules[1].helpUri).toMatch(
      /^https:\/\/github\.com\/DavidAnson\/markdownlint\/blob\/v0\.\d+\.\d+\/doc\/md045\.md$/,
    );
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\//);
    expect(run.results.map((result: { level: string }) => result.level)).toEqual([
      'error',
      'warning',
      'note',
    ]);
    expect(run.results[0]).toEqual({
      ruleId: 'sourced-figures',
      ruleIndex: 0,
      level: 'error',
      message: { text: '"332,957" has no source' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/mali%20page.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 19 },
          },
        },
      ],
    });
  });
});
