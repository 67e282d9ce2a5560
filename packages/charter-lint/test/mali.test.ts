import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintMarkdown } from '../src/rules/lint-markdown.js';
import { sourcedFigures } from '../src/rules/sourced-figures.js';

const path = new URL('fixtures/mali.md', import.meta.url);
const markdown = readFileSync(path, 'utf8');

describe('the Mali country page (seed)', () => {
  it('sourced-figures reports exactly the two figures of the Country context sentence without a source', async () => {
    const messages = await lintMarkdown(sourcedFigures, markdown);

    expect(
      messages.map((message) => ({
        actual: message.actual,
        place: message.place,
        ruleId: message.ruleId,
      })),
    ).toEqual([
      {
        actual: '332,957',
        ruleId: 'sourced-figures',
        place: { start: { line: 31, column: 241, offset: 819 }, end: { line: 31, column: 248, offset: 826 } },
      },
      {
        actual: '207,751',
        ruleId: 'sourced-figures',
        place: { start: { line: 31, column: 295, offset: 873 }, end: { line: 31, column: 302, offset: 880 } },
      },
    ]);
    for (const message of messages) {
      const place = message.place as { start: { offset: number }; end: { offset: number } };
      expect(markdown.slice(place.start.offset, place.end.offset)).toBe(message.actual);
    }
    const sentence =
      'In 2020 there were 332,957 displaced persons in the country, compared to 207,751 in 2019.';
    expect(markdown.indexOf(sentence)).toBe(819 - 'In 2020 there were '.length);
  });
});
