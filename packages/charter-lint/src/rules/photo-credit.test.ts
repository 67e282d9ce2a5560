import { describe, expect, it } from 'vitest';
import { lintMarkdown } from './lint-markdown.js';
import { photoCredit, type PhotoCreditOptions } from './photo-credit.js';

const lint = (markdown: string, options?: PhotoCreditOptions) => lintMarkdown(photoCredit, markdown, options);

describe('photo-credit', () => {
  it('reports an uncredited image as an error on the image, naming it by its alt text', async () => {
    const messages = await lint(
      'Intro.\n\n![Nurses in Mopti](/uploads/mopti.jpg)\n\nThe clinic opened in 2020.\n',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      ruleId: 'photo-credit',
      fatal: true,
      actual: '/uploads/mopti.jpg',
      place: { start: { line: 3, column: 1 }, end: { line: 3, column: 39 } },
    });
    expect(messages[0]?.reason).toBe(
      'Image “Nurses in Mopti” has no credit: add a line “© Photographer / ALIMA” right after it',
    );
  });

  it('names an image without alt text by its file name', async () => {
    const [message] = await lint('<img src="/uploads/IMG_1.jpg?w=300">\n');
    expect(message?.reason).toContain('Image “IMG_1.jpg” has no credit');
  });

  it('accepts every documented credit form', async () => {
    const credited = [
      '![a](/a.jpg)\n© Nana Kofi Acquah / ALIMA\n',
      '![a](/a.jpg)\n©Alexandre Bonneau / ALIMA\n',
      '![a](/a.jpg)\n\n*© Name / ALIMA*\n',
      '![a](/a.jpg)\nPhoto: Name\n',
      '![a](/a.jpg)\nPhoto : Name\n',
      '![a](/a.jpg)\nCredit: Name\n',
      '![a](/a.jpg)\nCrédit photo : Name\n',
      '![a](/a.jpg)\nText and photos: © Name / ALIMA\n',
      '![a](/a.jpg "© Name / ALIMA")\n',
      '<figure>\n<img src="/a.jpg" alt="a">\n<figcaption>A clinic. © Name / ALIMA</figcaption>\n</figure>\n',
      '<alima-photo-credit photographer="Name"><img src="/a.jpg" alt="a"></alima-photo-credit>\n',
    ];
    for (const markdown of credited) expect(await lint(markdown), markdown).toEqual([]);
  });

  it('does not accept a credit further away than the next paragraph', async () => {
    expect(await lint('![a](/a.jpg)\n\nA paragraph.\n\n© Name / ALIMA\n')).toHaveLength(1);
  });

  it('exempts images by path glob', async () => {
    const markdown =
      '![map mali](/wp-content/uploads/map-mali.png)\n\n<img src="/img/logo.svg" alt="ALIMA">\n';
    expect(await lint(markdown, { exempt: ['**/map-*', '*.svg'] })).toEqual([]);
    expect(await lint(markdown)).toHaveLength(2);
  });

  it('reports a wrong exempt option clearly instead of crashing', async () => {
    const [message] = await lint('![a](/a.jpg)\n', { exempt: '**/map-*' as unknown as string[] });
    expect(message?.reason).toBe(
      'Option `exempt` of `photo-credit` must be a list of path globs such as ["**/logo-*"], not "**/map-*"',
    );
    expect(message?.ruleId).toBe('photo-credit');
  });

  it('speaks French', async () => {
    const [message] = await lint('---\nlang: fr\n---\n\n![Une infirmière](/a.jpg)\n');
    expect(message?.reason).toBe(
      'L’image « Une infirmière » n’a pas de crédit : ajoutez juste après une ligne « © Photographe / ALIMA »',
    );
  });
});

describe('photo-credit: a credit belongs to the image it follows', () => {
  it('does not credit an <img> with the next image’s title', async () => {
    const messages = await lint(
      '<img src="/uploads/a.jpg" alt="A nurse in Mopti">\n<img src="/uploads/b.jpg" alt="A clinic" title="© Nana Kofi Acquah / ALIMA">\n',
    );
    expect(messages.map((message) => message.actual)).toEqual(['/uploads/a.jpg']);
  });

  it('does not credit a Markdown image with the next image’s credit on the same line', async () => {
    const messages = await lint('![A nurse](/a.jpg) ![A clinic](/b.jpg "© Nana Kofi Acquah / ALIMA")\n');
    expect(messages.map((message) => message.actual)).toEqual(['/a.jpg']);
  });

  it.each(['\u00a0', '\u202f'])('reads “Crédit photo%s:” as a credit', async (space) => {
    const markdown = `![Une infirmière à Mopti](/a.jpg)\n\nCrédit photo${space}: Nana Kofi Acquah / ALIMA\n`;
    expect(await lint(markdown)).toEqual([]);
  });
});
