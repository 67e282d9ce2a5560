import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/config-types.js';
import { rules } from '../rules/catalogue.js';
import { lintText, lintTextWithFixes } from './lint-text.js';
import { crashes, langProbe, noTodo } from './test-rules.js';

const catalogue = [noTodo, langProbe];

describe('lintText', () => {
  it('runs charter rules and markdownlint in one sorted report', async () => {
    const report = await lintText('# Title\n\nA TODO here.\n\n![](photo.jpg)\n', {
      filePath: 'draft.md',
      catalogue: [noTodo],
    });
    expect(report.filePath).toBe('draft.md');
    expect(report.messages).toEqual([
      {
        ruleId: 'no-todo',
        severity: 'error',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 7,
        message: '"TODO" left in the text',
        actual: 'TODO',
        expected: ['done'],
      },
      expect.objectContaining({ ruleId: 'MD045', severity: 'warning', line: 5, column: 1 }),
    ]);
    expect(report.errorCount).toBe(1);
    expect(report.warningCount).toBe(1);
  });

  it('uses the prose defaults: long lines, figures and alima elements pass, other HTML warns', async () => {
    const long = 'word '.repeat(200).trimEnd();
    const source = `Intro.\n\n${long}\n\n<figure><img src="a.jpg" alt="A nurse"><figcaption>© A / ALIMA</figcaption></figure>\n\nA marker<sup>1</sup>.\n\n<alima-stat-card value="3"></alima-stat-card>\n\n<div>box</div>\n`;
    const report = await lintText(source, { catalogue: [] });
    expect(report.messages.map((m) => `${m.ruleId}:${m.line}`)).toEqual(['MD033:11']);
    expect(report.messages[0]?.message).toContain('Element: div');
  });

  it('lets the markdownlint key override the defaults, and false turn it off', async () => {
    const source = '# T\n\n![](photo.jpg)\n';
    const error = await lintText(source, { catalogue: [], markdownlint: { MD045: 'error' } });
    expect(error.messages).toEqual([expect.objectContaining({ ruleId: 'MD045', severity: 'error' })]);
    const off = await lintText(source, { catalogue: [], markdownlint: { MD045: false } });
    expect(off.messages).toEqual([]);
    const none = await lintText(source, { catalogue: [], markdownlint: false });
    expect(none.messages).toEqual([]);
  });

  it('applies rule severities and options from the config', async () => {
    const warning = await lintText('A TODO.\n', {
      catalogue,
      rules: { 'no-todo': 'warning', 'lang-probe': 'off' },
    });
    expect(warning.messages.map((m) => m.severity)).toEqual(['warning']);
    expect(warning.errorCount).toBe(0);
    const custom = await lintText('A FIXME and a TODO.\n', {
      catalogue,
      rules: { 'no-todo': ['error', { word: 'FIXME' }], 'lang-probe': 'off' },
    });
    expect(custom.messages.map((m) => m.actual)).toEqual(['FIXME']);
  });

  it('counts info findings as neither errors nor warnings', async () => {
    const report = await lintText('Text.\n', { catalogue: [langProbe] });
    expect(report.messages.map((m) => m.severity)).toEqual(['info']);
    expect([report.errorCount, report.warningCount]).toEqual([0, 0]);
  });

  it('passes the configured language and own sources to every rule as options', async () => {
    const probe = async (options = {}) =>
      (await lintText('Text.\n', { catalogue: [langProbe], markdownlint: false, ...options })).messages[0];
    expect((await probe({ lang: 'fr', ownSources: ['ALIMA', 'AMCP'] }))?.message).toBe(
      'lang=fr own=ALIMA|AMCP',
    );
    expect((await probe())?.message).toBe('lang=unset own=');
    const configured = await probe({
      lang: 'fr',
      rules: { 'lang-probe': ['warning', { ownSources: ['MSF'] }] },
    });
    expect([configured?.message, configured?.severity]).toEqual(['lang=fr own=MSF', 'warning']);
    // Shared options alone keep the rule's own per-message severity.
    expect((await probe({ lang: 'en' }))?.severity).toBe('info');
  });

  it('rejects unknown rule ids with a did-you-mean', async () => {
    const attempt = lintText('x', { catalogue, rules: { 'no-todos': 'error' } as never });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(
      '"rules.no-todos" is not a charter-lint rule. Did you mean "no-todo"?',
    );
  });

  it('turns a crashing rule into a fatal message naming the rule', async () => {
    const report = await lintText('Text.\n', { catalogue: [crashes], filePath: 'a.md' });
    expect(report.messages).toEqual([
      expect.objectContaining({
        ruleId: 'crashes',
        severity: 'error',
        fatal: true,
        message: 'Internal error in rule "crashes": boom',
      }),
    ]);
  });

  it('lints an empty text without findings', async () => {
    expect((await lintText('', { catalogue })).messages.filter((m) => m.ruleId !== 'lang-probe')).toEqual([]);
  });

  it('collects the fixes of the findings that remain', async () => {
    const { fixes } = await lintTextWithFixes('TODO\n\n<!-- charter-lint ignore no-todo -->\n\nTODO\n', {
      catalogue: [noTodo],
    });
    expect(fixes).toEqual([{ start: 0, end: 4, text: 'done' }]);
  });

  it('lints the seed page with the whole catalogue', async () => {
    const source = readFileSync(new URL('../../test/fixtures/mali.md', import.meta.url), 'utf8');
    const report = await lintText(source, { filePath: 'mali.md' });
    const known = new Set([...rules.map((rule) => rule.meta.id)]);
    for (const message of report.messages) {
      expect(known.has(message.ruleId) || /^MD\d{3}$/.test(message.ruleId)).toBe(true);
      expect(message.line).toBeGreaterThan(0);
    }
  });
});
