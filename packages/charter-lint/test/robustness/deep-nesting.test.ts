import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { proseConfig } from '../../src/markdownlint/prose-config.js';
import { runMarkdownlint } from '../../src/markdownlint/run-markdownlint.js';
import { MAX_TREE_DEPTH } from '../../src/parse/limit-depth.js';
import { treeFromMarkdownlint } from '../../src/parse/shared/tree-from-markdownlint.js';

const CLAIM = '3 million people fled.';

/** `depth` nested containers on one line, then an unsourced figure the rules must still find. */
const nested = (marker: string, depth: number) => `${marker.repeat(depth)}${CLAIM}\n`;

/** A list nested one level deeper on every line. */
const indented = (depth: number) =>
  Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n') +
  `\n${'  '.repeat(depth)}- ${CLAIM}\n`;

describe('deeply nested containers', () => {
  it.each([
    ['2,500 nested block quotes', nested('> ', 2500)],
    ['2,000 nested list markers', nested('- ', 2000)],
    ['2,000 nested ordered list markers', nested('1. ', 2000)],
    ['1,000 nested quotes in lists', nested('> - ', 1000)],
    ['a list indented 300 levels', indented(300)],
  ])(
    '%s: no internal error, the deepest text is still linted',
    async (_name, source) => {
      const report = await lintText(source);
      expect(report.messages.filter((message) => message.fatal)).toEqual([]);
      const lines = source.split('\n');
      const line = lines.findIndex((text) => text.endsWith(CLAIM)) + 1;
      const figure = report.messages.find((message) => message.ruleId === 'sourced-figures');
      expect(figure, 'the unsourced figure is reported').toBeDefined();
      expect(figure?.line).toBe(line);
      expect(figure?.column).toBe((lines[line - 1]?.length ?? 0) - CLAIM.length + 1);
    },
    60_000,
  );

  it('the tree from markdownlint’s parse declines past its depth bound instead of recursing', () => {
    const shallow = nested('> ', MAX_TREE_DEPTH - 10);
    const deep = nested('> ', 2500);
    const sharedTree = (text: string) => {
      const { parse } = runMarkdownlint(text, proseConfig);
      if (parse === undefined) throw new Error('markdownlint kept no parse');
      return treeFromMarkdownlint(text, parse);
    };
    expect(sharedTree(shallow)).toBeDefined();
    expect(sharedTree(deep)).toBeUndefined();
  });
});
