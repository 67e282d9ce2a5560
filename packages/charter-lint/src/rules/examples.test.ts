import { describe, expect, it } from 'vitest';
import { lintMarkdown } from './lint-markdown.js';
import { ruleMetas, rules } from './catalogue.js';

// Every rule's documentation shows what it reports and what it accepts.
it.each(ruleMetas.map((meta) => [meta.id, meta] as const))('%s has a bad and a good example', (_id, meta) => {
  expect(meta.examples.some((example) => example.messages > 0)).toBe(true);
  expect(meta.examples.some((example) => example.messages === 0)).toBe(true);
});

// Every example in a rule's documentation is a test: the docs cannot drift from the behaviour
// (project rules' examples run through the project pass: engine/project-examples.test.ts).
describe.each(rules.map((rule) => [rule.meta.id, rule] as const))(
  '%s documentation examples',
  (_id, rule) => {
    it.each(rule.meta.examples.map((example) => [example.title, example] as const))(
      '%s',
      async (_title, example) => {
        expect(await lintMarkdown(rule, example.markdown)).toHaveLength(example.messages);
      },
    );
  },
);
