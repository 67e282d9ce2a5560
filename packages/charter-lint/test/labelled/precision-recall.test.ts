import { describe, expect, it } from 'vitest';
import { precision, recall, scoreDrafts, type ScoredRule } from './score.js';

/** The goals of issue 11, per rule: precision and recall on drafts labelled before the linter saw them. */
const GOALS: Record<ScoredRule, { precision: number; recall: number }> = {
  'sourced-figures': { precision: 0.98, recall: 0.97 },
  'charter-language': { precision: 0.97, recall: 0.92 },
  'photo-credit': { precision: 1, recall: 1 },
  'footnote-undefined': { precision: 1, recall: 1 },
  'footnote-unused': { precision: 1, recall: 1 },
};

describe('precision and recall on the labelled drafts (test/labelled)', async () => {
  const scores = await scoreDrafts();
  it.each(Object.entries(GOALS) as [ScoredRule, { precision: number; recall: number }][])(
    '%s meets its goals',
    (rule, goal) => {
      const score = scores[rule];
      const measured = { precision: precision(score), recall: recall(score), misses: score.misses };
      expect(measured).toEqual({
        precision: expect.toSatisfy((value: number) => value >= goal.precision),
        recall: expect.toSatisfy((value: number) => value >= goal.recall),
        misses: expect.any(Array),
      });
    },
  );

  it('labels enough findings in each measured rule to mean something', () => {
    const labelled = (rule: ScoredRule) => scores[rule].truePositives + scores[rule].falseNegatives;
    expect(labelled('sourced-figures')).toBeGreaterThanOrEqual(10);
    expect(labelled('charter-language')).toBeGreaterThanOrEqual(10);
  });
});
