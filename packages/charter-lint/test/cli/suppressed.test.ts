import { describe, expect, it } from 'vitest';
import { folderWith } from './fixtures.js';
import { runJson, runMain } from './run-main.js';

const DRAFT = `# Results

<!-- charter-lint ignore sourced-figures -- from our 2024 SMART survey -->
The region has 14,442 displaced people.

<!-- charter-lint disable MD045 -->

![](chart.png)

© Nana Kofi Acquah / ALIMA

<!-- charter-lint enable MD045 -->

<!-- charter-lint ignore sourced-figures -- it's "ours" = see the annex -->
Another 3,500 people fled in May.
`;

describe('suppression comments with a reason', () => {
  it('--report-suppressed lists silenced findings with their reason in the JSON report', async () => {
    const root = folderWith({ 'a.md': DRAFT });
    const plain = await runJson(['a.md'], root);
    expect(plain.code).toBe(0);
    expect(plain.reports[0]).not.toHaveProperty('suppressedMessages');
    const { reports } = await runJson(['--report-suppressed', 'a.md'], root);
    expect(reports[0]?.messages).toEqual([]);
    expect(
      reports[0]?.suppressedMessages?.map((message) => [
        message.ruleId,
        message.line,
        message.suppressions[0]?.justification,
      ]),
    ).toEqual([
      ['sourced-figures', 4, 'from our 2024 SMART survey'],
      ['MD045', 8, ''],
      ['sourced-figures', 15, 'it\'s "ours" = see the annex'],
    ]);
  });

  it('does not read the reason as rule ids', async () => {
    const { reports } = await runJson(['a.md'], folderWith({ 'a.md': DRAFT }));
    expect(reports[0]?.messages.map((message) => message.ruleId)).not.toContain('suppression-comment');
  });

  it('SARIF always records silenced findings as suppressions with the justification', async () => {
    const result = await runMain(['--format', 'sarif', 'a.md'], folderWith({ 'a.md': DRAFT }));
    const log = JSON.parse(result.stdout) as {
      runs: { results: { ruleId: string; suppressions?: { kind: string; justification?: string }[] }[] }[];
    };
    const results = log.runs[0]?.results ?? [];
    expect(results.map((entry) => [entry.ruleId, entry.suppressions])).toEqual([
      ['sourced-figures', [{ kind: 'inSource', justification: 'from our 2024 SMART survey' }]],
      ['MD045', [{ kind: 'inSource' }]],
      ['sourced-figures', [{ kind: 'inSource', justification: 'it\'s "ours" = see the annex' }]],
    ]);
  });
});
