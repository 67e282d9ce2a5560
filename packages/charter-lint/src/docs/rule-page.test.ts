import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/catalogue.js';
import { rulePage } from './rule-page.js';

describe.each(rules.map((rule) => [rule.meta.id, rule.meta] as const))('docs/rules/%s.md', (id, meta) => {
  it('is current with the rule metadata (regenerate: npm run build && npm run docs -w @alima/charter-lint)', () => {
    const committed = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
    expect(committed).toBe(rulePage(meta));
  });

  it('shows every example and how to silence the rule', () => {
    const page = rulePage(meta);
    for (const example of meta.examples) expect(page).toContain(example.markdown.trim());
    expect(page).toContain(`<!-- charter-lint disable ${id} -->`);
  });
});

describe('rulePage', () => {
  it('fences an example that itself contains a code block', () => {
    const page = rulePage({
      id: 'demo',
      summary: 'Demo.',
      rationale: 'Because.',
      defaultSeverity: 'warning',
      fixable: false,
      examples: [
        { title: 'with code', markdown: 'Text\n\n```js\nlet x;\n```\n', messages: 1 },
        { title: 'fine', markdown: 'Fine.', messages: 0 },
      ],
    });
    expect(page).toContain('````markdown\nText\n\n```js\nlet x;\n```\n````');
  });
});
