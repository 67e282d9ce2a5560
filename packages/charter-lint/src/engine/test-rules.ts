import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { report } from '../report/finding.js';
import { defineRule } from '../rules/define-rule.js';

const meta = (id: string, fixable = false) => ({
  id,
  summary: `Test rule ${id}.`,
  rationale: 'For engine tests only.',
  defaultSeverity: 'error' as const,
  fixable,
  examples: [],
});

/** Flags every "TODO" in text, with a fix replacing it by "done". Test-only. */
export const noTodo = defineRule<{ word?: string }>(meta('no-todo', true), (tree, file, options) => {
  const word = options?.word ?? 'TODO';
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    let index = node.value.indexOf(word);
    while (index !== -1 && start !== undefined) {
      const line = node.position?.start.line ?? 1;
      const column = (node.position?.start.column ?? 1) + index;
      report(file, {
        reason: `"${word}" left in the text`,
        place: { start: { line, column }, end: { line, column: column + word.length } },
        actual: word,
        expected: ['done'],
        fix: { start: start + index, end: start + index + word.length, text: 'done' },
      });
      index = node.value.indexOf(word, index + 1);
    }
  });
});

/** Reports the shared settings it receives as options. Test-only. */
export const langProbe = defineRule<{ lang?: string; ownSources?: string[] }>(
  meta('lang-probe'),
  (tree, file, options) => {
    report(file, {
      reason: `lang=${options?.lang ?? 'unset'} own=${(options?.ownSources ?? []).join('|')}`,
      place: tree,
      severity: 'info',
    });
  },
);

/** Always throws. Test-only. */
export const crashes = defineRule(meta('crashes'), () => {
  throw new Error('boom');
});

export const testCatalogue = [noTodo, langProbe] as const;
