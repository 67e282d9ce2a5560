import { describe, expect, it } from 'vitest';
import { footnoteUnused } from './footnote-unused.js';
import { lintMarkdown } from './lint-markdown.js';

const lint = (markdown: string) => lintMarkdown(footnoteUnused, markdown);

describe('footnote-unused', () => {
  it('reports a note line nothing points to, on its marker', async () => {
    const messages = await lint('Figure¹\n\n¹ World Bank 2020\n\n² UNOCHA 2020\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      fatal: true,
      actual: '²',
      place: { start: { line: 5, column: 1 }, end: { line: 5, column: 2 } },
    });
    expect(messages[0]?.reason).toBe(
      'Note ² is never referenced: put ² after the figure it sources, or remove the note',
    );
  });

  it('reports an unreferenced GFM definition, whatever the case of its label', async () => {
    const messages = await lint('Cases rose[^WHO].\n\n[^who]: WHO 2021\n\n[^wb]: World Bank 2020\n');
    expect(messages.map((message) => message.actual)).toEqual(['[^wb]']);
  });

  it('counts a <sup> marker as a reference to a superscript note and the other way round', async () => {
    const messages = await lint('A<sup>1</sup> and B².\n\n¹ World Bank 2020\n\n<sup>2</sup> UNOCHA 2020\n');
    expect(messages).toEqual([]);
  });

  it('does not count a marker inside code as a reference', async () => {
    const messages = await lint('Example: `Text¹`.\n\n¹ World Bank 2020\n');
    expect(messages.map((message) => message.actual)).toEqual(['¹']);
  });

  it('reads several notes written as lines of one paragraph', async () => {
    const messages = await lint('A¹ B³\n\n¹ World Bank 2020\n² UNOCHA 2020\n³ UNICEF 2020\n');
    expect(messages.map((message) => [message.actual, message.line])).toEqual([['²', 4]]);
  });

  it('reports an <alima-footnote> no element refers to, in French too', async () => {
    const markdown =
      'Text.\n\n<alima-footnotes>\n<alima-footnote id="wb" source="World Bank" year="2020"></alima-footnote>\n</alima-footnotes>\n';
    expect((await lint(markdown)).map((message) => [message.reason, message.line])).toEqual([
      [
        '<alima-footnote id="wb"> is never referenced: add footnote="wb" to the figure it sources, or remove the note',
        4,
      ],
    ]);
    expect((await lint(`---\nlang: fr\n---\n\n${markdown}`))[0]?.reason).toBe(
      '<alima-footnote id="wb"> n’est appelée nulle part : ajoutez footnote="wb" au chiffre qu’elle source, ou supprimez la note',
    );
  });

  it('speaks the configured language when the front matter does not say, and front matter wins', async () => {
    const french = await lintMarkdown(footnoteUnused, 'Texte.\n\n¹ Banque mondiale 2020\n', {
      lang: 'fr',
    } as never);
    expect(french[0]?.reason).toMatch(/^La note ¹/);
    const english = await lintMarkdown(footnoteUnused, '---\nlang: en\n---\n\nText.\n\n¹ World Bank 2020\n', {
      lang: 'fr',
    } as never);
    expect(english[0]?.reason).toMatch(/^Note ¹/);
  });

  it('speaks French', async () => {
    const messages = await lint('---\nlang: fr\n---\n\nTexte.\n\n¹ Banque mondiale 2020\n');
    expect(messages[0]?.reason).toBe(
      'La note ¹ n’est appelée nulle part : placez ¹ après le chiffre qu’elle source, ou supprimez la note',
    );
  });
});

describe('footnote-unused: HTML blocks', () => {
  it('takes a superscript marker inside an HTML paragraph as a reference', async () => {
    const markdown = '<p>Some 20.25 million inhabitants¹ live in Mali.</p>\n\n¹ World Bank 2020\n';
    expect(await lint(markdown)).toEqual([]);
  });
});
