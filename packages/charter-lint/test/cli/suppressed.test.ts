import { join } from 'node:path';
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

describe('suppression comments on the project rules', () => {
  const scoped = (body: string) => `---\nscope: alima\n---\n\n${body}\n`;
  const SILENCED = scoped(
    '<!-- charter-lint ignore figure-consistency -- the 2009 count is from the old annual report -->\nSince 2009, ALIMA has treated 13 million patients.',
  );
  const OTHER = scoped('Since 2009, ALIMA has treated 5 million patients.');

  it('silence a project finding in the file with the comment only, with its reason', async () => {
    const root = folderWith({ 'a.md': SILENCED, 'b.md': OTHER });
    const { reports } = await runJson(['--report-suppressed', '.'], root);
    const [a, b] = reports;
    expect(a?.messages).toEqual([]);
    expect(
      a?.suppressedMessages?.map((message) => [
        message.ruleId,
        message.line,
        message.suppressions[0]?.justification,
      ]),
    ).toEqual([['figure-consistency', 6, 'the 2009 count is from the old annual report']]);
    expect(b?.messages.map((message) => `${message.ruleId} ${message.line}`)).toEqual([
      'figure-consistency 5',
    ]);
  });

  it('only for the rule the comment names', async () => {
    const root = folderWith({
      'a.md': SILENCED.replace('ignore figure-consistency', 'ignore sourced-figures'),
      'b.md': OTHER,
    });
    const { reports } = await runJson(['.'], root);
    expect(reports[0]?.messages.map((message) => `${message.ruleId} ${message.line}`)).toEqual([
      'figure-consistency 6',
    ]);
  });

  it('a disable comment opening the body silences findings about the whole file; SARIF records them', async () => {
    const root = folderWith({
      'en/mali.md': '---\nlang: en\n---\n\nIn 2020, 332,957 people were displaced.[^1]\n\n[^1]: OCHA 2020.\n',
      'fr/mali.md':
        '---\nlang: fr\n---\n\n<!-- charter-lint disable translation-parity -- la version française est un résumé -->\n\nLe Mali compte de nombreuses personnes déplacées.\n',
    });
    const { reports } = await runJson(['.'], root);
    const [en, fr] = reports;
    expect(fr?.filePath).toBe(join('fr', 'mali.md'));
    expect(fr?.messages).toEqual([]);
    // The English page has no comment: its side of each difference stays.
    expect(en?.messages.map((message) => message.ruleId)).toEqual([
      'translation-parity',
      'translation-parity',
    ]);
    const sarif = await runMain(['--format', 'sarif', '.'], root);
    const results = (
      JSON.parse(sarif.stdout) as {
        runs: {
          results: {
            ruleId: string;
            locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
            suppressions?: { justification?: string }[];
          }[];
        }[];
      }
    ).runs[0]?.results;
    expect(
      results
        ?.filter((result) => result.locations[0]?.physicalLocation.artifactLocation.uri === 'fr/mali.md')
        .map((result) => [result.ruleId, result.suppressions?.[0]?.justification]),
    ).toEqual([
      ['translation-parity', 'la version française est un résumé'],
      ['translation-parity', 'la version française est un résumé'],
    ]);
  });
});
