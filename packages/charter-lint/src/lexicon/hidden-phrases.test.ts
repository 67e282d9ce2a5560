import { describe, expect, it } from 'vitest';
import { charterLanguage } from '../rules/charter-language.js';
import { lintMarkdown } from '../rules/lint-markdown.js';

/**
 * Invisible characters and compatibility forms inside a phrase: a reader
 * sees the phrase, so the rule must too, and point at what the writer typed.
 */
describe('charter-language through invisible characters and fullwidth forms', () => {
  it.each([
    ['a zero-width joiner', 'chair\u200dman'],
    ['a zero-width space', 'chair\u200bman'],
    ['a word joiner', 'chair\u2060man'],
    ['a zero-width no-break space', 'chair\ufeffman'],
    ['a soft hyphen', 'chair\u00adman'],
    ['fullwidth letters', 'ｃｈａｉｒｍａｎ'],
  ])('finds “chairman” written with %s, at its place in the source', async (_what, written) => {
    const markdown = `# Board\n\nThe **${written}** opened the meeting.\n`;
    const [message, ...rest] = await lintMarkdown(charterLanguage, markdown);
    expect(rest).toEqual([]);
    expect(message?.actual).toBe(written);
    const start = markdown.indexOf(written);
    expect(message?.place).toMatchObject({
      start: { line: 3, column: start - markdown.indexOf('The') + 1, offset: start },
      end: { line: 3, offset: start + written.length },
    });
  });

  it('finds a two-word phrase with invisible characters in the gap and in the words', async () => {
    const [message] = await lintMarkdown(charterLanguage, 'He is wheel\u00adchair\u200b-\u200dbound.\n');
    expect(message?.actual).toBe('wheel\u00adchair\u200b-\u200dbound');
  });
});
