import { describe, expect, it } from 'vitest';
import { footnoteUndefined } from './footnote-undefined.js';
import { lintMarkdown } from './lint-markdown.js';

const lint = (markdown: string) => lintMarkdown(footnoteUndefined, markdown);

describe('footnote-undefined', () => {
  it('reports each superscript marker without a note, on the marker', async () => {
    const messages = await lint('Text¹ and more².\n\n¹ World Bank 2020\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      ruleId: 'footnote-undefined',
      source: 'charter-lint',
      fatal: true,
      actual: '²',
      place: { start: { line: 1, column: 15 }, end: { line: 1, column: 16 } },
    });
    expect(messages[0]?.reason).toContain('Footnote ² has no note');
    expect(messages[0]?.url).toMatch(/footnote-undefined\.md$/);
  });

  it('finds GFM references that GFM itself dropped from the tree, but not escaped ones', async () => {
    const messages = await lint('One[^a], two[^B], three \\[^c].\n\n[^b]: UNICEF 2020\n');
    expect(messages.map((message) => message.actual)).toEqual(['[^a]']);
    expect(messages[0]?.reason).toBe(
      'Footnote [^a] has no definition: add “[^a]: Source, year”, or remove the reference',
    );
  });

  it('skips code blocks, inline code and units of area', async () => {
    const messages = await lint('Type `¹` or `[^x]`. Mopti covers 79,017 km².\n\n```md\nText[^y]²\n```\n');
    expect(messages).toEqual([]);
  });

  it('does not take exponents after a unit or French ordinals in <sup> for markers', async () => {
    const messages = await lint(
      'Mopti: 79 017 km<sup>2</sup>, 12 m³. Le XIX<sup>e</sup> siècle, le 1<sup>er</sup> janvier. L’indice ST(SI)².\n',
    );
    expect(messages).toEqual([]);
  });

  it('reads notes written as a list at the end of the section', async () => {
    const messages = await lint('A¹ B<sup>2</sup> C³\n\n- ¹ World Bank 2020\n- <sup>2</sup> UNOCHA 2020\n');
    expect(messages.map((message) => message.actual)).toEqual(['³']);
  });

  it('treats <sup>n</sup> and superscript digits as one numbering', async () => {
    const messages = await lint(
      'A figure<sup>1</sup>, another¹, a list<sup>2, 3</sup>.\n\n¹ World Bank 2020\n\n<sup>2</sup> UNOCHA 2020\n',
    );
    expect(messages.map((message) => message.actual)).toEqual(['<sup>3</sup>']);
  });

  it('reads the design system elements: a reference needs its <alima-footnote>', async () => {
    const messages = await lint(
      '<alima-stat-card value="3500000" footnote="ocha"></alima-stat-card>\n\n' +
        'Cases <alima-footnote-ref footnote="who"></alima-footnote-ref>\n\n' +
        '<alima-footnotes><alima-footnote id="who" source="WHO" year="2021"></alima-footnote></alima-footnotes>\n',
    );
    expect(messages.map((message) => message.reason)).toEqual([
      'footnote="ocha" points to no <alima-footnote id="ocha">: add the note, or fix the id',
    ]);
    expect(messages[0]?.line).toBe(1);
  });

  it('reads notes at the end of any section, not only of the document', async () => {
    const messages = await lint('# Figures\n\nText¹\n\n¹ World Bank 2020\n\n## Next\n\nMore text.\n');
    expect(messages).toEqual([]);
  });

  it('does not read a note line as its own reference', async () => {
    const messages = await lint('¹ World Bank 2020\n');
    expect(messages).toEqual([]);
  });

  it('speaks French when the front matter says so, and points to a markerless line', async () => {
    const messages = await lint(
      '---\nlang: fr\n---\n\nUn¹, deux², trois³.\n\n¹ Banque mondiale 2020\n\nOCHA 2020\n\n³ UNICEF 2020\n',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]?.reason).toBe(
      'L’appel de note ² n’a pas de note : ajoutez une ligne « ² Source, année » en fin de section, ou retirez l’appel',
    );
    expect(messages[0]?.note).toContain('« OCHA 2020 »');
  });
});
