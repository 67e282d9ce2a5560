import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createParser } from '../parse/processor.js';
import { footnoteModel } from './footnote-model.js';

function model(markdown: string) {
  const file = new VFile({ value: markdown });
  return footnoteModel(createParser().parse(file), file);
}

// Pieces drafts are made of, so random documents exercise every footnote style and edge.
const piece = fc.constantFrom(
  'Text',
  ' ',
  '\n',
  '\n\n',
  '¹',
  '²',
  '¹⁰',
  '<sup>',
  '</sup>',
  '3',
  '[^a]',
  '[^a]: ',
  '\\[^b]',
  '`',
  '```\n',
  '# Title\n',
  '- ',
  '> ',
  'World Bank 2020',
  'km²',
  '<!-- x -->',
  '*',
  '\r\n',
);

describe('footnoteModel', () => {
  it('reads every style and links each reference to its definition key', () => {
    const { references, definitions } = model(
      'A¹ B<sup>2</sup> C[^Who] D[^none]\n\n¹ World Bank 2020\n\n<sup>2</sup> UNOCHA 2020\n\n[^who]: WHO 2021\n',
    );
    expect(references.map((reference) => [reference.style, reference.key, reference.marker])).toEqual([
      ['superscript', '1', '¹'],
      ['sup', '2', '<sup>2</sup>'],
      ['gfm', 'gfm:who', '[^Who]'],
      ['gfm', 'gfm:none', '[^none]'],
    ]);
    expect(definitions.map((definition) => [definition.key, definition.text])).toEqual([
      ['1', 'World Bank 2020'],
      ['2', 'UNOCHA 2020'],
      ['gfm:who', 'WHO 2021'],
    ]);
  });

  it('reads the design system elements, across Markdown nodes and outside code', () => {
    const { references, definitions } = model(
      '<alima-stat-card value="20250000" footnote="wb2020"></alima-stat-card>\n\n' +
        'Text <alima-footnote-ref footnote="ocha"></alima-footnote-ref> and `<alima-footnote-ref footnote="code">`.\n\n' +
        '<alima-footnotes>\n<alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote>\n\n' +
        '<alima-footnote id="ocha">UNOCHA, <em>Humanitarian Needs</em> 2020</alima-footnote>\n</alima-footnotes>\n',
    );
    expect(
      references.map((reference) => [reference.style, reference.key, reference.position.start.line]),
    ).toEqual([
      ['element', 'element:wb2020', 1],
      ['element', 'element:ocha', 3],
    ]);
    expect(definitions.map((definition) => [definition.key, definition.marker, definition.text])).toEqual([
      ['element:wb2020', '<alima-footnote id="wb2020">', 'World Bank 2020'],
      ['element:ocha', '<alima-footnote id="ocha">', 'UNOCHA, Humanitarian Needs 2020'],
    ]);
  });

  it('reads a run of superscript digits as one number', () => {
    expect(model('Text¹² and ¹,³\n').references.map((reference) => reference.number)).toEqual([12, 1, 3]);
  });

  it('takes no run of more than three digits for a marker, in text, in <sup> or at the start of a note', () => {
    const { references, definitions } = model(
      `Figure 1,000${'¹²³⁴⁵⁶⁷⁸⁹'.repeat(1000)} and¹²³ and<sup>2020</sup> and<sup>12</sup>\n\n` +
        '¹²³⁴ World Bank 2020\n\n<sup>1234</sup> UNOCHA 2020\n\n¹²³ UNICEF 2020\n',
    );
    expect(references.map((reference) => reference.number)).toEqual([123, 12]);
    expect(definitions.map((definition) => definition.key)).toEqual(['123']);
  });

  it('does not take a paragraph that starts with a marker before other blocks for a note', () => {
    expect(model('¹ World Bank 2020\n\n- a list\n').definitions).toEqual([]);
  });

  it('never throws and keeps every position inside the document, whatever the draft', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const markdown = pieces.join('');
        const { references, definitions, markerless } = model(markdown);
        for (const { position } of [...references, ...definitions, ...markerless]) {
          expect(position.start.offset).toBeGreaterThanOrEqual(0);
          expect(position.end.offset).toBeLessThanOrEqual(markdown.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
