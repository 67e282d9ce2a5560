import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { maskMdx } from '../../src/parse/mdx-mask.js';
import { arbitraryMarkdown } from './arbitrary-markdown.js';

/** MDX pieces, on their own lines and inline, short and long, in containers. */
const mdxPieces = fc.constantFrom(
  'import { Chart } from "./chart.js"\n\n',
  'export const meta = { year: 2024 }\n\n',
  '{/* a *comment* */}',
  '{x}',
  '{}',
  '<A/>',
  '<Tabs>\n\n',
  '\n\n</Tabs>\n\n',
  '<Chart\n  data={[1, 2, 3]}\n/>\n\n',
  '> <Quote\n>   by="UNICEF"\n> />\n\n',
  '- <Badge>new</Badge> item\n',
  '{\n  value\n}\n\n',
  '{/* charter-lint ignore sourced-figures -- why */}\n',
);

const arbitraryMdx = fc
  .array(fc.oneof(arbitraryMarkdown, mdxPieces), { maxLength: 12 })
  .map((parts) => parts.join(''));

const lineBreaks = (text: string) => [...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index);

describe('MDX under arbitrary input', () => {
  it('masks to text of the same length with the same line breaks, or reports where it is not MDX', () => {
    fc.assert(
      fc.property(arbitraryMdx, (source) => {
        const masked = maskMdx(source);
        if (!('text' in masked)) {
          expect(masked.line).toBeGreaterThanOrEqual(1);
          return;
        }
        expect(masked.text).toHaveLength(source.length);
        expect(lineBreaks(masked.text)).toEqual(lineBreaks(source));
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('always yields a report without internal errors', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMdx, async (source) => {
        const report = await lintText(source, { filePath: 'page.mdx' });
        expect(report.messages.filter((message) => message.fatal)).toEqual([]);
        for (const message of report.messages)
          expect(message.line).toBeLessThanOrEqual(lineBreaks(source).length + 1);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
