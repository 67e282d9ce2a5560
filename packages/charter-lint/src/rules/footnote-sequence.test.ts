import { describe, expect, it } from 'vitest';
import { footnoteSequence } from './footnote-sequence.js';
import { lintMarkdown } from './lint-markdown.js';

const lint = (markdown: string) => lintMarkdown(footnoteSequence, markdown);
const reasons = async (markdown: string) => (await lint(markdown)).map((message) => message.reason);

describe('footnote-sequence', () => {
  it('reports a skipped number on the first marker after the gap', async () => {
    const messages = await lint(
      'A¹ B² C³ D⁵ E⁶\n\n¹ W 2020\n\n² X 2020\n\n³ Y 2020\n\n⁵ Z 2020\n\n⁶ Q 2020\n',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      reason: 'Note ⁵ follows ³: there is no ⁴. Number notes without gaps',
      fatal: false,
      actual: '⁵',
      place: { start: { line: 1, column: 11 } },
    });
  });

  it('names every missing number, and a missing first note', async () => {
    expect(await reasons('A² B⁵\n')).toEqual([
      'Note ² is the first note: there is no ¹. Number notes from 1 without gaps',
      'Note ⁵ follows ²: there is no ³ or ⁴. Number notes without gaps',
    ]);
  });

  it('writes a long run of missing numbers as a range', async () => {
    expect(await reasons('A¹ B² C⁸ D¹⁰ E<sup>29</sup>\n\n⁹ X 2020\n')).toEqual([
      'Note ⁸ follows ²: there is no ³ to ⁷. Number notes without gaps',
      'Note <sup>29</sup> follows ¹⁰: there is no <sup>11</sup> to <sup>28</sup>. Number notes without gaps',
    ]);
    expect(await reasons('---\nlang: fr\n---\n\nA² B³ C⁶\n')).toEqual([
      'La note ² est la première : il manque ¹. Numérotez les notes à partir de 1, sans trou',
      'La note ⁶ suit ³ : il manque ⁴ et ⁵. Numérotez les notes sans trou',
    ]);
  });

  it('leaves a number that exists only as a note to footnote-unused', async () => {
    expect(await reasons('A¹ B³\n\n¹ W 2020\n\n² X 2020\n\n³ Y 2020\n')).toEqual([]);
  });

  it('reports numbers out of order of first use, not their later uses', async () => {
    expect(await reasons('A¹ B³ C² D¹ E³\n')).toEqual([
      'Note ² is first used after ³: number notes in the order they first appear',
    ]);
  });

  it('checks <sup> markers in the same numbering and writes them back as <sup>', async () => {
    expect(await reasons('A<sup>1</sup> B² C<sup>4</sup>\n')).toEqual([
      'Note <sup>4</sup> follows ²: there is no <sup>3</sup>. Number notes without gaps',
    ]);
  });

  it('asks whether a markerless line among the notes is the missing note, with a suggestion', async () => {
    const messages = await lint('A¹ B³\n\n¹ World Bank 2020\n\nUNOCHA 2020\n\n³ UNICEF 2020\n');
    expect(messages.map((message) => message.actual)).toEqual(['³', 'UNOCHA 2020']);
    expect(messages[1]).toMatchObject({
      reason: 'This source line has no marker: is it note ²?',
      actual: 'UNOCHA 2020',
      expected: ['² UNOCHA 2020'],
      place: { start: { line: 5, column: 1 }, end: { line: 5, column: 12 } },
    });
  });

  it('guesses successive numbers for successive markerless lines, in <sup> style', async () => {
    const messages = await lint(
      'A<sup>1</sup> B<sup>4</sup>\n\n<sup>1</sup> W 2020\n\nX 2020\n\nY 2020\n\n<sup>4</sup> Z 2020\n',
    );
    expect(messages.map((message) => message.expected)).toEqual([
      undefined,
      ['<sup>2</sup> X 2020'],
      ['<sup>3</sup> Y 2020'],
    ]);
  });

  it('keeps a markerless note whole when it runs over two lines', async () => {
    const messages = await lint('A¹ B³\n\n¹ W 2020\n\nUnited Nations\nOCHA 2020\n\n³ Y 2020\n');
    expect(messages.map((message) => message.actual)).toEqual(['³', 'United Nations OCHA 2020']);
    expect(messages[1]?.place).toMatchObject({ start: { line: 5, column: 1 }, end: { line: 6, column: 10 } });
  });

  it('finds a note that lost its marker in a list of notes', async () => {
    const messages = await lint('A¹ B³\n\n- ¹ World Bank 2020\n- UNOCHA 2020\n- ³ UNICEF 2020\n');
    expect(messages.map((message) => [message.actual, message.line])).toEqual([
      ['³', 1],
      ['UNOCHA 2020', 4],
    ]);
  });

  it('does not take paragraphs before the first note or after the last for markerless notes', async () => {
    expect(await reasons('A¹ B³\n\nIntro 2020\n\n¹ W 2020\n\n³ Y 2020\n\nClosing words 2020\n')).toEqual([
      'Note ³ follows ¹: there is no ². Number notes without gaps',
    ]);
  });

  it('reports a number given to two notes and a GFM label defined twice', async () => {
    expect(await reasons('A¹ B[^x]\n\n¹ W 2020\n\n¹ X 2020\n\n[^x]: Y 2020\n\n[^x]: Z 2020\n')).toEqual([
      'Two notes are numbered ¹: give each note its own number',
      'Two notes are numbered [^x]: give each note its own number',
    ]);
  });

  it('speaks French', async () => {
    expect(await reasons('---\nlang: fr\n---\n\nA¹ B³\n\n¹ W 2020\n\nOIM 2020\n\n³ Y 2020\n')).toEqual([
      'La note ³ suit ¹ : il manque ². Numérotez les notes sans trou',
      'Cette ligne de source n’a pas d’appel de note : est-ce la note ² ?',
    ]);
  });
});
