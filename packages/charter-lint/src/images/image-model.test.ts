import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createParser } from '../parse/processor.js';
import { imageModel } from './image-model.js';

function images(markdown: string) {
  const file = new VFile({ value: markdown });
  return imageModel(createParser().parse(file), file);
}
const credits = (markdown: string) => images(markdown).map((image) => image.credit?.place ?? 'none');

describe('imageModel', () => {
  it('finds Markdown, reference and HTML images with their source and alt', () => {
    const found = images(
      '![a](/a.jpg) ![b][b]\n\n<p><img src="/c.jpg" alt="c &amp; d"><img src=/e.png></p>\n\n[b]: /b.jpg\n',
    );
    expect(found.map((image) => [image.kind, image.src, image.alt])).toEqual([
      ['markdown', '/a.jpg', 'a'],
      ['reference', '/b.jpg', 'b'],
      ['html', '/c.jpg', 'c & d'],
      ['html', '/e.png', undefined],
    ]);
  });

  it('skips images in code and in comments', () => {
    expect(
      images('`![a](/a.jpg)`\n\n```html\n<img src="/b.jpg">\n```\n\n<!-- <img src="/c.jpg"> -->\n'),
    ).toEqual([]);
  });

  it('reads a credit on the next line or paragraph, after a link around the image, not past a caption', () => {
    expect(
      credits(
        '![a](/a.jpg)\n© A\n\n![b](/b.jpg)\n\n*© B / ALIMA*\n\n[![c](/c.jpg)](https://x.org)\nPhoto: C\n\n![d](/d.jpg) A caption.\n© D\n',
      ),
    ).toEqual(['line', 'line', 'line', 'none']);
  });

  it('reads a credit after a hard line break and after a reference link around the image', () => {
    expect(
      credits('![a](/a.jpg)\\\n© A\n\n[![b](/b.jpg)][home]\n© B\n\n[home]: https://alima.ngo\n'),
    ).toEqual(['line', 'line']);
  });

  it('does not give one image the credit of the next', () => {
    expect(credits('![a](/a.jpg)\n![b](/b.jpg)\n© B\n')).toEqual(['none', 'line']);
  });

  it('reads the title of Markdown, reference and HTML images', () => {
    expect(
      credits(
        '![a](/a.jpg "© A / ALIMA")\n\n![b][b]\n\n<img src="/c.jpg" title="Photo: C">\n\n[b]: /b.jpg "© B"\n',
      ),
    ).toEqual(['title', 'title', 'title']);
  });

  it('reads a figcaption, including around a Markdown image across blank lines', () => {
    const found = images(
      '<figure>\n<img src="/a.jpg" alt="a">\n<figcaption>Mopti. <em>© A / ALIMA</em></figcaption>\n</figure>\n\n' +
        '<figure>\n\n![b](/b.jpg)\n\n<figcaption>Photo : B</figcaption>\n</figure>\n\n' +
        '<figure><img src="/c.jpg" alt="c"></figure>\n© C\n',
    );
    expect(found.map((image) => [image.credit?.place, image.credit?.text])).toEqual([
      ['figcaption', '© A / ALIMA'],
      ['figcaption', 'Photo : B'],
      ['line', '© C'],
    ]);
    expect(found[0]?.credit?.position.start).toMatchObject({ line: 3, column: 24 });
  });

  it('takes the photographer of an <alima-photo-credit> around the image, not an empty one', () => {
    const found = images(
      '<alima-photo-credit photographer="Nana Kofi Acquah">\n\n![a](/a.jpg)\n\n</alima-photo-credit>\n\n' +
        '<alima-photo-credit photographer="">\n<img src="/b.jpg" alt="b">\n</alima-photo-credit>\n',
    );
    expect(found.map((image) => image.credit?.text)).toEqual(['© Nana Kofi Acquah / ALIMA', undefined]);
  });
});

describe('imageModel on any draft', () => {
  const piece = fc.constantFrom(
    '![a](/a.jpg)',
    '![b][r]',
    '[r]: /r.png "© R"',
    '<img src="/c.jpg" alt="c">',
    '<figure>',
    '</figure>',
    '<figcaption>',
    '</figcaption>',
    '<alima-photo-credit photographer="P">',
    '</alima-photo-credit>',
    '© Name',
    '©',
    'Photo :',
    '(c)',
    '\n',
    '\n\n',
    ' ',
    '*',
    '`',
    '```\n',
    '<!--',
    '-->',
    '[',
    '](https://x.org)',
    '/',
  );

  it('never throws and keeps credits inside the document', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const markdown = pieces.join('');
        for (const image of images(markdown)) {
          expect(image.position.end.offset).toBeLessThanOrEqual(markdown.length);
          if (image.credit?.offset !== undefined) {
            expect(markdown.slice(image.credit.offset)).toMatch(/^(?:©|\(c\)|photo)/i);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
