import { describe, expect, it } from 'vitest';
import type { ReportMessage } from '@alima/charter-lint';
import { CHECKER_LABELS, label } from '../../src/tools/checker-labels.js';
import { applyFilter, filterCounts, SHOW_ALL } from '../../src/tools/finding-filter.js';
import { findingSummary } from '../../src/tools/finding-summary.js';

const finding = (ruleId: string, severity: ReportMessage['severity'], line: number): ReportMessage => ({
  ruleId,
  severity,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  message: `${ruleId} on line ${line}`,
});

const messages = [
  finding('sourced-figures', 'error', 1),
  finding('charter-language', 'warning', 2),
  finding('charter-language', 'warning', 3),
  finding('charter-language', 'info', 4),
  finding('MD013', 'warning', 5),
];

describe('the checker filter', () => {
  it('counts each facet under the other facet’s choice', () => {
    const warningsOnly = { severities: new Set(['warning'] as const), ruleId: undefined };
    expect(filterCounts(messages, warningsOnly)).toEqual({
      severities: { error: 1, warning: 3, info: 1 },
      rules: [
        ['charter-language', 2],
        ['MD013', 1],
      ],
      allRules: 3,
    });
    const oneRule = { ...SHOW_ALL, ruleId: 'charter-language' };
    expect(filterCounts(messages, oneRule).severities).toEqual({ error: 0, warning: 2, info: 1 });
    expect(applyFilter(messages, oneRule).map((message) => message.line)).toEqual([2, 3, 4]);
  });

  it('keeps a chosen rule in the menu when no finding of it is left', () => {
    const filter = { severities: new Set(['error'] as const), ruleId: 'MD013' };
    expect(filterCounts(messages, filter).rules).toContainEqual(['MD013', 0]);
    expect(applyFilter(messages, filter)).toEqual([]);
  });
});

describe('the checker labels', () => {
  it('has every label in both languages', () => {
    expect(Object.keys(CHECKER_LABELS.fr).sort()).toEqual(Object.keys(CHECKER_LABELS.en).sort());
  });

  it('follows each language’s plural rules', () => {
    expect(label('en', CHECKER_LABELS.en.finding, { n: 0 })).toBe('0 findings');
    expect(label('fr', CHECKER_LABELS.fr.finding, { n: 0 })).toBe('0 constat');
    expect(label('fr', CHECKER_LABELS.fr.finding, { n: 2 })).toBe('2 constats');
  });

  it('summarises the findings in the draft’s language', () => {
    expect(findingSummary(messages)).toBe('5 findings: 1 error, 3 warnings, 1 suggestion.');
    expect(findingSummary(messages, 'fr')).toBe('5 constats : 1 erreur, 3 avertissements, 1 suggestion.');
    expect(findingSummary([], 'fr')).toBe(CHECKER_LABELS.fr.none);
  });
});
