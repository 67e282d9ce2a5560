import { describe, expect, it } from 'vitest';
import { footnoteSource } from './footnote-source.js';
import { lintMarkdown } from './lint-markdown.js';

const lint = (markdown: string) => lintMarkdown(footnoteSource, markdown);
const reasons = async (markdown: string) => (await lint(markdown)).map((message) => message.reason);

describe('footnote-source', () => {
  it('accepts a publisher and a year, in any style', async () => {
    expect(
      await reasons(
        'A¹ B<sup>2</sup> C[^3] D⁴\n\n¹ World bank 2020\n\n<sup>2</sup> UNOCHA (Office for the Coordination of Humanitarian Affairs) 2020\n\n' +
          '⁴ According to the Harmonized Framework 2020\n\n[^3]: [WHO](https://www.who.int/), n.d.\n',
      ),
    ).toEqual([]);
  });

  it('says what is missing: the source, the year, or both', async () => {
    expect(await reasons('A¹ B² C³\n\n¹ see website\n\n² World Bank\n\n³ Report, 2019\n')).toEqual([
      'Note ¹ names neither a source nor a year: write who published the figure and when (“World Bank 2020”)',
      'Note ² names no year: add the year of the source (“World Bank 2020”)',
      'Note ³ names no source: say who published the figure (“World Bank 2020”)',
    ]);
  });

  it('is a warning on the whole note, with the note text as actual', async () => {
    const [message] = await lint('Cases[^who]\n\n[^who]: see the website\n');
    expect(message).toMatchObject({
      fatal: false,
      actual: 'see the website',
      place: { start: { line: 3, column: 1 }, end: { line: 3, column: 24 } },
    });
  });

  it('reads a note continued in the next paragraph', async () => {
    expect(
      await reasons('A¹ B²\n\n¹ World Bank\n\nWorld Development Indicators, 2020\n\n² UNICEF 2020\n'),
    ).toEqual([]);
  });

  it('reads the source and year attributes of an <alima-footnote>', async () => {
    expect(
      await reasons(
        'A<alima-footnote-ref footnote="a"></alima-footnote-ref> B<alima-footnote-ref footnote="b"></alima-footnote-ref>\n\n' +
          '<alima-footnote id="a" source="World Bank" year="2020"></alima-footnote>\n\n<alima-footnote id="b" source="UNICEF"></alima-footnote>\n',
      ),
    ).toEqual(['Note <alima-footnote id="b"> names no year: add the year of the source (“World Bank 2020”)']);
  });

  it('speaks French and knows French filler words', async () => {
    expect(await reasons('---\nlang: fr\n---\n\nTexte¹\n\n¹ voir le site\n')).toEqual([
      'La note ¹ n’indique ni source ni année : écrivez qui a publié le chiffre, et quand (« Banque mondiale 2020 »)',
    ]);
  });
});
