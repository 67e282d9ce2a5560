import { describe, expect, it } from 'vitest';
import { lintText } from '../engine/lint-text.js';
import { ignoreInsertion } from './ignore-comment.js';

/** The text with the insertion for a finding on `line` applied. */
function insert(text: string, line: number, ruleId = 'sourced-figures'): string | undefined {
  const insertion = ignoreInsertion(text, line, ruleId);
  if (insertion === undefined) return undefined;
  const lines = text.split('\n');
  const offset = lines.slice(0, insertion.line - 1).join('\n').length + (insertion.line > 1 ? 1 : 0);
  return text.slice(0, offset) + insertion.text + text.slice(offset);
}

describe('ignoreInsertion', () => {
  it('goes before the paragraph holding the line, not inside it', () => {
    const text =
      '# Report\n\nFirst line of a paragraph\nwith 44,000 displaced families on its second line.\n';
    expect(insert(text, 4)).toBe(
      '# Report\n\n<!-- charter-lint ignore sourced-figures -- reason -->\n\nFirst line of a paragraph\nwith 44,000 displaced families on its second line.\n',
    );
  });

  it('goes before a whole list, and adds the blank line a heading right above lacks', () => {
    const text = '# Figures\n- one item\n- 44,000 displaced families\n';
    expect(insert(text, 3)).toBe(
      '# Figures\n\n<!-- charter-lint ignore sourced-figures -- reason -->\n\n- one item\n- 44,000 displaced families\n',
    );
  });

  it('silences that finding and keeps the page otherwise as it was', async () => {
    const text = '# Report\n\nThe region has\n44,000 displaced families.\n\nIt has 12,000 more.\n';
    const edited = insert(text, 4) ?? '';
    const ids = (await lintText(edited)).messages.map((message) => `${message.ruleId}:${message.line}`);
    expect(ids).not.toContain('sourced-figures:6');
    expect(ids).toContain('sourced-figures:8');
  });

  it('offers nothing for a finding inside the front matter', () => {
    expect(insert('---\ntitle: Mali\n---\n\n# Mali\n', 2)).toBeUndefined();
    expect(insert('---\ntitle: Mali\n---\n\n# Mali\n', 5)).toBe(
      '---\ntitle: Mali\n---\n\n<!-- charter-lint ignore sourced-figures -- reason -->\n\n# Mali\n',
    );
  });
});
