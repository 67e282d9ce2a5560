import { describe, expect, it } from 'vitest';
import { lintText } from '../engine/lint-text.js';
import { maskMdx } from './mdx-mask.js';

const ids = async (source: string, filePath = 'page.mdx') =>
  (await lintText(source, { filePath })).messages.map((message) => `${message.ruleId}:${message.line}`);

const MDX = `---
title: Mali
---
import { Chart } from './chart.js'
export const meta = { year: 2024 }

# Mali

{/* a note about *emphasis* and 332,957 things */}

Cases rose by {rate} this year, <Badge color="red">new</Badge> ones too.

<Chart
  data={[1, 2, 3]}
/>

> <Quote
>   by="UNICEF"
> />

<Tabs>

About 979,000 people are affected.

</Tabs>
`;

describe('MDX', () => {
  it('masks every MDX construct with text of the same length, lines and container prefixes kept', () => {
    const masked = maskMdx(MDX);
    if (!('text' in masked)) throw new Error(masked.reason);
    expect(masked.text).toHaveLength(MDX.length);
    expect(masked.text.split('\n').length).toBe(MDX.split('\n').length);
    expect(masked.text).not.toMatch(/[{}]|Chart|Badge|import/);
    expect(masked.text).toContain('> a');
    expect(masked.text).toContain('About 979,000 people are affected.');
    expect(masked.ranges.length).toBeGreaterThan(8);
  });

  it('reads JSX and expressions as code, not prose: no false MD037, no figures in comments', async () => {
    expect(await ids(MDX)).toEqual(['sourced-figures:23']);
    // The same text read as Markdown sees the comment's emphasis and figure.
    expect(await ids(MDX, 'page.md')).toEqual(expect.arrayContaining(['MD037:9', 'sourced-figures:9']));
  });

  it('places findings after MDX constructs at their real line and column', async () => {
    const report = await lintText('<Note>Hi</Note> and {x} then 332,957 people.\n', { filePath: 'a.mdx' });
    const [message] = report.messages;
    expect(message).toMatchObject({ ruleId: 'sourced-figures', line: 1, column: 30, actual: '332,957' });
  });

  it('honours suppression comments written as MDX comments, with a reason', async () => {
    const source = '{/* charter-lint ignore sourced-figures -- our survey */}\nAbout 979,000 people.\n';
    const report = await lintText(source, { filePath: 'a.mdx' });
    expect(report.messages).toEqual([]);
    expect(report.suppressedMessages?.[0]?.suppressions).toEqual([
      { kind: 'directive', justification: 'our survey' },
    ]);
  });

  it('reports a file that is not valid MDX as one error at the place', async () => {
    const report = await lintText('# T\n\nText {unclosed\n', { filePath: 'a.mdx' });
    expect(report.messages).toMatchObject([{ ruleId: 'mdx-syntax', severity: 'error', line: 3 }]);
    expect(report.messages[0]?.message).toMatch(/^Not valid MDX: /);
  });
});
