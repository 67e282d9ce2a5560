import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './unified-diff.js';

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a.md', 'x\ny\n', 'x\ny\n')).toBe('');
  });

  it('prints one hunk with three lines of context, as diff -u', () => {
    const before = ['1', '2', '3', '4', 'The chairman spoke.', '6', '7', '8', '9', ''].join('\n');
    const after = before.replace('chairman', 'chair');
    expect(unifiedDiff('docs/a.md', before, after)).toBe(
      [
        '--- a/docs/a.md',
        '+++ b/docs/a.md',
        '@@ -2,7 +2,7 @@',
        ' 2',
        ' 3',
        ' 4',
        '-The chairman spoke.',
        '+The chair spoke.',
        ' 6',
        ' 7',
        ' 8',
        '',
      ].join('\n'),
    );
  });

  it('splits changes far apart into hunks and counts lines right', () => {
    const lines = Array.from({ length: 30 }, (_, index) => `line ${index + 1}`);
    const after = [...lines];
    after[1] = 'changed 2';
    after[25] = 'changed 26';
    const diff = unifiedDiff('a.md', lines.join('\n'), after.join('\n'));
    expect(diff.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -23,7 +23,7 @@']);
  });
});

describe('unifiedDiff: line endings', () => {
  it('marks a last line without a line ending, as diff does', () => {
    expect(unifiedDiff('a.md', 'The chairman', 'The chair')).toBe(
      '--- a/a.md\n+++ b/a.md\n@@ -1 +1 @@\n-The chairman\n\\ No newline at end of file\n+The chair\n\\ No newline at end of file\n',
    );
  });
});
