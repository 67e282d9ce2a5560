import { describe, expect, it } from 'vitest';
import { applyFixes } from '../fix/apply-fixes.js';
import { lintMarkdown } from './lint-markdown.js';
import { photoCreditFormat } from './photo-credit-format.js';

const lint = (markdown: string, options?: { organizations?: string[] }) =>
  lintMarkdown(photoCreditFormat, markdown, options);

describe('photo-credit-format', () => {
  it('asks for the photographer when a credit names only the organisation', async () => {
    for (const credit of ['© ALIMA', '*© ALIMA*', 'Photo : ALIMA', '© / ALIMA']) {
      const messages = await lint(`![a](/a.jpg)\n${credit}\n`);
      expect(
        messages.map((message) => message.reason),
        credit,
      ).toEqual([
        `Credit “${credit.replace(/\*/g, '')}” names no photographer: write “© Photographer / ALIMA”`,
      ]);
      expect(messages[0]?.fatal).toBe(false);
    }
  });

  it('asks for the photographer of an <alima-photo-credit>, and knows other organisations by option', async () => {
    const element =
      '<alima-photo-credit photographer="ALIMA"><img src="/a.jpg" alt="a"></alima-photo-credit>\n';
    expect(await lint(element)).toHaveLength(1);
    expect(await lint('![a](/a.jpg)\n© UNICEF\n')).toEqual([]);
    expect(await lint('![a](/a.jpg)\n© UNICEF\n', { organizations: ['ALIMA', 'unicef'] })).toHaveLength(1);
  });

  it('fixes ©Name, (c) and a slash without spaces, on the credit', async () => {
    const markdown = '![a](/a.jpg)\n©Alexandre Bonneau/ALIMA\n\n![b](/b.jpg "(c) Jane Doe / ALIMA")\n';
    const messages = await lint(markdown);
    expect(messages.map((message) => [message.reason, message.expected])).toEqual([
      ['Put a space after ©', ['© Alexandre Bonneau/ALIMA']],
      ['Put spaces around the slash between photographer and organisation', ['©Alexandre Bonneau / ALIMA']],
      ['Write the copyright sign ©, not “(c)”', ['© Jane Doe / ALIMA']],
    ]);
    expect(messages[0]?.place).toMatchObject({ start: { line: 2, column: 1 } });
    const fixes = messages.flatMap((message) => (message.fix === undefined ? [] : [message.fix]));
    expect(applyFixes(markdown, fixes).output).toBe(
      '![a](/a.jpg)\n© Alexandre Bonneau / ALIMA\n\n![b](/b.jpg "© Jane Doe / ALIMA")\n',
    );
  });

  it('fixes a credit inside a figcaption', async () => {
    const markdown =
      '<figure>\n<img src="/a.jpg" alt="a">\n<figcaption>Mopti. ©Jane Doe / ALIMA</figcaption>\n</figure>\n';
    const [message] = await lint(markdown);
    expect(applyFixes(markdown, message?.fix ? [message.fix] : []).output).toContain(
      'Mopti. © Jane Doe / ALIMA',
    );
  });

  it('leaves URLs and the charter form alone', async () => {
    expect(await lint('![a](/a.jpg)\n© Jane Doe / ALIMA, https://alima.ngo/photos\n')).toEqual([]);
  });

  it('speaks French', async () => {
    const messages = await lint('---\nlang: fr\n---\n\n![a](/a.jpg)\n©ALIMA\n');
    expect(messages.map((message) => message.reason)).toEqual([
      'Le crédit « ©ALIMA » ne nomme pas le ou la photographe : écrivez « © Photographe / ALIMA »',
      'Mettez une espace après ©',
    ]);
  });
});
