import { describe, expect, it } from 'vitest';
import { lintMarkdown } from './lint-markdown.js';
import { photoAltText } from './photo-alt-text.js';

const lint = (markdown: string) => lintMarkdown(photoAltText, markdown);

describe('photo-alt-text', () => {
  it('warns on CMS and camera names in every image style, on the image', async () => {
    const messages = await lint(
      '![CONTEXTE 4 scaled](/CONTEXTE-4-scaled.jpg)\n\n![A7303717][ref]\n\n' +
        '<figure><img src="/d.jpg" alt="DSC_0042"><figcaption>© X</figcaption></figure>\n\n[ref]: /A7303717.jpg\n',
    );
    expect(messages.map((message) => [message.actual, message.line, message.fatal])).toEqual([
      ['CONTEXTE 4 scaled', 1, false],
      ['A7303717', 3, false],
      ['DSC_0042', 5, false],
    ]);
    expect(messages[0]?.reason).toBe(
      'Alt text “CONTEXTE 4 scaled” looks like a file name: describe what the photo shows',
    );
  });

  it('leaves descriptions, empty alt and missing alt (MD045) alone', async () => {
    expect(
      await lint(
        '![A nurse in Mopti](/IMG_1.jpg)\n\n![](/b.jpg)\n\n<img src="/c.jpg">\n<img src="/d.jpg" alt="">\n',
      ),
    ).toEqual([]);
  });

  it('speaks French', async () => {
    const [message] = await lint('---\nlang: fr-FR\n---\n\n![IMG_2041.jpg](/IMG_2041.jpg)\n');
    expect(message?.reason).toBe(
      'Le texte alternatif « IMG_2041.jpg » ressemble à un nom de fichier : décrivez ce que montre la photo',
    );
  });
});
