import { describe, expect, it } from 'vitest';
import { lintText } from '../engine/lint-text.js';
import { langProbe, noTodo } from '../engine/test-rules.js';

const lint = async (source: string) =>
  (await lintText(source, { catalogue: [noTodo, langProbe], rules: { 'lang-probe': 'off' } })).messages.map(
    (message) => `${message.line}:${message.ruleId}`,
  );

describe('suppression comments', () => {
  it('disables a rule until it is enabled again', async () => {
    const source =
      'TODO one.\n\n<!-- charter-lint disable no-todo -->\n\nTODO two.\n\n<!-- charter-lint enable no-todo -->\n\nTODO three.\n';
    expect(await lint(source)).toEqual(['1:no-todo', '9:no-todo']);
  });

  it('ignores a rule for the next node only', async () => {
    const source = '<!-- charter-lint ignore no-todo -->\n\nTODO one.\n\nTODO two.\n';
    expect(await lint(source)).toEqual(['5:no-todo']);
  });

  it('disables every rule, markdownlint included, when no rule is named', async () => {
    const source =
      '<!-- charter-lint disable -->\n\nTODO ![](a.png)\n\n<!-- charter-lint enable -->\n\nTODO ![](b.png)\n';
    expect(await lint(source)).toEqual(['7:no-todo', '7:MD045']);
  });

  it('suppresses markdownlint findings by their MD id', async () => {
    const source = '<!-- charter-lint ignore MD045 -->\n![](a.png)\n\n![](b.png)\n';
    expect(await lint(source)).toEqual(['4:MD045']);
  });

  it('reports unknown rule ids, with a did-you-mean, and keeps the findings', async () => {
    const report = await lintText('<!-- charter-lint disable no-todos -->\n\nTODO.\n', {
      catalogue: [noTodo],
    });
    expect(report.messages).toEqual([
      expect.objectContaining({
        ruleId: 'suppression-comment',
        severity: 'warning',
        line: 1,
        message: 'Unknown rule "no-todos" in a suppression comment. Did you mean "no-todo"?',
      }),
      expect.objectContaining({ ruleId: 'no-todo', line: 3 }),
    ]);
  });

  it('reports an unknown keyword instead of failing the file', async () => {
    const report = await lintText('<!-- charter-lint disabel no-todo -->\n\nTODO.\n', {
      catalogue: [noTodo],
    });
    expect(report.messages.map((m) => [m.ruleId, m.message])).toEqual([
      [
        'suppression-comment',
        'Unknown suppression keyword "disabel": expected enable, disable or ignore. Did you mean "disable"?',
      ],
      ['no-todo', '"TODO" left in the text'],
    ]);
  });

  it('leaves other comments and markers alone', async () => {
    const source = '<!-- a note -->\n\n<!-- lint disable no-todo -->\n\nTODO.\n';
    expect(await lint(source)).toEqual(['5:no-todo']);
  });
});

describe('suppression comments that cannot be read', () => {
  it.each([
    ['commas between rule ids', '<!-- charter-lint disable no-todo, lang-probe -->'],
    ['a colon after the name', '<!-- charter-lint: disable no-todo -->'],
    ['an ESLint-style marker', '<!-- charter-lint-disable no-todo -->'],
    ['a misspelt name', '<!-- charterlint disable no-todo -->'],
    ['text after the comment', '<!-- charter-lint disable no-todo --> for now'],
  ])('reports %s as a warning, and applies nothing', async (_what, comment) => {
    const report = await lintText(`${comment}\n\nTODO.\n`, { catalogue: [noTodo] });
    expect(report.messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([
      ['suppression-comment', 'warning', 1],
      ['no-todo', 'error', 3],
    ]);
    expect(report.messages[0]?.message).toMatch(/^Malformed suppression comment, not applied/);
  });

  it('words the unknown-id warning even when earlier findings were suppressed', async () => {
    // Suppressed findings leave the message list before the unknown-id warning is read.
    const source =
      '<!-- charter-lint disable no-todo -->\n\nTODO one.\n\nTODO two.\n\n<!-- charter-lint enable no-todos -->\n';
    const report = await lintText(source, { catalogue: [noTodo] });
    expect(report.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['suppression-comment', 'Unknown rule "no-todos" in a suppression comment. Did you mean "no-todo"?'],
    ]);
  });
});
