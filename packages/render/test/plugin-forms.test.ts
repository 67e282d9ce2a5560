import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkAlima } from '../src/index.js';
import { draftTree, elements, props, text } from './hast-query.js';

describe('footnotes in every form the linter reads', () => {
  it('GFM references and definitions: source, year and the URL of the definition’s link', async () => {
    const tree = await draftTree(
      [
        'Cholera cases rose by 40 %.[^who] Measles too.[^unicef] Again cholera.[^who]',
        '',
        '[^unicef]: UNICEF, 2019',
        '[^who]: [World Health Organization](https://www.who.int/data) 2021',
      ].join('\n'),
    );
    expect(elements(tree, 'alima-footnote-ref').map((ref) => [props(ref).footnote, text(ref)])).toEqual([
      ['note-who', '1'],
      ['note-unicef', '2'],
      ['note-who', '1'],
    ]);
    // In citation order, whatever order the definitions are written in.
    expect(elements(tree, 'alima-footnote').map((note) => props(note))).toEqual([
      { id: 'note-who', source: 'World Health Organization', year: '2021', href: 'https://www.who.int/data' },
      { id: 'note-unicef', source: 'UNICEF', year: '2019' },
    ]);
    // remark-rehype's own footnote section is not made: the definitions are the list's.
    expect(elements(tree, 'section')).toEqual([]);
  });

  it('<sup>n</sup> references, with notes written as <sup> lines at the end', async () => {
    const tree = await draftTree(
      ['Over 12,000 children were treated.<sup>1</sup>', '', '<sup>1</sup> ALIMA annual report 2022'].join(
        '\n',
      ),
    );
    const refs = elements(tree, 'alima-footnote-ref');
    expect(refs.map((ref) => [props(ref).footnote, text(ref)])).toEqual([['note-1', '1']]);
    expect(elements(tree, 'sup')).toEqual([]);
    expect(elements(tree, 'alima-footnote').map((note) => props(note))).toEqual([
      { id: 'note-1', source: 'ALIMA annual report', year: '2022' },
    ]);
  });

  it('leaves a reference to a note the draft does not define as written', async () => {
    const tree = await draftTree('About 20,000 people.[^nowhere]\n');
    expect(elements(tree, 'alima-footnote-ref')).toEqual([]);
    expect(text(tree)).toContain('[^nowhere]');
  });
});

describe('key figures', () => {
  it('reads French figures under “Chiffres-clés” in the draft’s language (front matter lang)', async () => {
    const tree = await draftTree(
      [
        '---',
        'lang: fr',
        '---',
        '',
        '## Chiffres-clés',
        '',
        '- 20,25 millions d’habitants¹',
        '- 185 000 enfants souffrant de malnutrition aiguë sévère²',
        '',
        '¹ Banque mondiale 2020',
        '',
        '² UNICEF 2020',
      ].join('\n'),
    );
    const group = elements(tree, 'alima-stat-group')[0];
    expect(group && props(group)).toEqual({ heading: 'Chiffres-clés', 'heading-level': '2' });
    expect(
      elements(tree, 'alima-stat-card').map((card) => [props(card).value, props(card).notation]),
    ).toEqual([
      ['20250000', 'compact'],
      ['185000', 'undefined'].map((value) => (value === 'undefined' ? undefined : value)),
    ]);
    expect(elements(tree, 'span').map((label) => text(label))).toEqual([
      'd’habitants',
      'enfants souffrant de malnutrition aiguë sévère',
    ]);
  });

  it('the language given as an option wins over none in the draft', async () => {
    const tree = await draftTree('## Chiffres-clés\n\n- 3,5 millions de personnes\n', { lang: 'fr' });
    expect(elements(tree, 'alima-stat-card').map((card) => props(card).value)).toEqual(['3500000']);
  });

  it('a :::key-figures block, own figures with {variant=own}; the closing ::: may follow the last item', async () => {
    const tree = await draftTree(
      [
        ':::key-figures{variant=own}',
        '',
        '- 14,442 children treated',
        '- 133,452 mothers trained',
        ':::',
        '',
        'After the block.',
      ].join('\n'),
    );
    const cards = elements(tree, 'alima-stat-card').map((card) => props(card));
    expect(cards).toEqual([
      { value: '14442', source: 'ALIMA', variant: 'own' },
      { value: '133452', source: 'ALIMA', variant: 'own' },
    ]);
    expect(text(tree)).not.toContain(':::');
    expect(elements(tree, 'p').map((paragraph) => text(paragraph))).toEqual(['After the block.']);
  });

  it('a configurable heading; a list with an item that is not a figure stays a list', async () => {
    const tree = await draftTree(
      '## At a glance\n\n- 12 regions\n- 240 staff\n\n## Key figures\n\n- 12 regions\n- Many staff\n',
      {
        keyFiguresHeading: /at a glance/iu,
      },
    );
    expect(elements(tree, 'alima-stat-card').map((card) => props(card).value)).toEqual(['12', '240']);
    expect(elements(tree, 'li').map((item) => text(item))).toEqual(['12 regions', 'Many staff']);
  });
});

describe('photo credits in the forms the linter accepts', () => {
  it('a credit in the title, a labelled credit line, a credit naming one person', async () => {
    const tree = await draftTree(
      [
        '![Nurse at work](nurse.jpg "Photo: Jane Doe / MSF")',
        '',
        '![A clinic](clinic.jpg)',
        '*Crédit photo : Awa Traoré*',
        '',
        '![Hand washing](hands.jpg)',
        '',
        '© Issa Sow / ALIMA',
        '',
        '![Uncredited](map.png)',
      ].join('\n'),
    );
    expect(elements(tree, 'alima-photo-credit').map((photo) => props(photo))).toEqual([
      { photographer: 'Jane Doe', organization: 'MSF' },
      { photographer: 'Awa Traoré' },
      { photographer: 'Issa Sow', organization: 'ALIMA' },
    ]);
    // The title was the credit: it does not also become the image's tooltip.
    expect(props(elements(tree, 'img')[0] as never)).toEqual({ src: 'nurse.jpg', alt: 'Nurse at work' });
    expect(text(tree)).not.toMatch(/Crédit|Jane Doe|©/u);
    // Paragraphs left empty go; the uncredited image keeps its paragraph.
    expect(
      elements(tree, 'p').map((paragraph) => elements(paragraph, 'img').map((img) => props(img).src)),
    ).toEqual([['map.png']]);
  });
});

describe('the donate call', () => {
  it('a lone link to a donation page; a link inside a sentence stays a link', async () => {
    const tree = await draftTree(
      '[Support our teams](https://alima.ngo/en/donate/)\n\nRead [how to donate](https://alima.ngo/en/donate/) online.\n',
    );
    const buttons = elements(tree, 'alima-donate-button');
    expect(buttons.map((button) => [props(button).href, text(button)])).toEqual([
      ['https://alima.ngo/en/donate/', 'Support our teams'],
    ]);
    expect(elements(tree, 'a')).toHaveLength(2);
  });
});

describe('in another unified pipeline', () => {
  it('remark-parse + remark-gfm → remark-rehype → rehype-stringify', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkAlima, { lang: 'en' })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process('- 20.25 million inhabitants[^wb]\n\n[^wb]: World Bank 2020\n');
    expect(String(file)).toBe(
      '<alima-stat-group><alima-stat-card value="20250000" notation="compact" footnote="note-wb">20.25 million <span slot="label">inhabitants</span><alima-footnote-ref footnote="note-wb" slot="footnote"><a href="#note-wb">1</a></alima-footnote-ref></alima-stat-card></alima-stat-group>\n<alima-footnotes><alima-footnote id="note-wb" source="World Bank" year="2020"></alima-footnote></alima-footnotes>',
    );
    expect(file.data.alima?.lang).toBe('en');
  });
});

describe('drafts of any shape', () => {
  it('a list whose last item ends in a code block or is empty, inside or outside a :::key-figures block', async () => {
    const draft = [
      '- 12 regions',
      '',
      '  ```',
      '  code',
      '  ```',
      '',
      ':::key-figures',
      '',
      '- 3 sites',
      '-',
      ':::',
      '',
    ].join('\n');
    const tree = await draftTree(draft);
    expect(elements(tree, 'code')).toHaveLength(1);
    expect(elements(tree, 'alima-stat-card')).toEqual([]);
  });
});
