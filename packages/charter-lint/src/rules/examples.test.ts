import { describe, expect, it } from 'vitest';
import { lintMarkdown } from './lint-markdown.js';
import { rules } from './catalogue.js';

// Every example in a rule's documentation is a test: the docs cannot drift from the behaviour.
describe.each(rules.map((rule) => [rule.meta.id, rule] as const))(
  '%s documentation examples',
  (_id, rule) => {
    it('has at least one bad and one good example', () => {
      expect(rule.meta.examples.some((example) => example.messages > 0)).toBe(true);
      expect(rule.meta.examples.some((example) => example.messages === 0)).toBe(true);
    });

    it.each(rule.meta.examples.map((example) => [example.title, example] as const))(
      '%s',
      async (_title, example) => {
        expect(await lintMarkdown(rule, example.markdown)).toHaveLength(example.messages);
      },
    );
  },
);
