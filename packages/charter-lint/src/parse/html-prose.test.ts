import type { Html, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createParser } from './processor.js';
import { htmlProse } from './html-prose.js';

const prose = (markdown: string) => {
  const tree = createParser().parse(markdown) as Root;
  return tree.children
    .filter((node): node is Html => node.type === 'html')
    .flatMap((node) => htmlProse(node, markdown))
    .map(({ paragraph, quoted }) => ({
      text: paragraph.children
        .map((child) => ('value' in child && child.type === 'text' ? child.value : '|'))
        .join(''),
      quoted,
      start: paragraph.position?.start,
    }));
};

describe('htmlProse', () => {
  it('reads one paragraph per block element, with its source position', () => {
    const markdown =
      'Intro.\n\n<div class="x">\n<p>Some 2.3 million people</p>\n<ul><li>third world</li></ul>\n</div>\n';
    expect(prose(markdown)).toEqual([
      { text: 'Some 2.3 million people', quoted: false, start: { line: 4, column: 4, offset: 27 } },
      { text: 'third world', quoted: false, start: { line: 5, column: 9, offset: 63 } },
    ]);
  });

  it('keeps inline tags as inline HTML, decodes references and skips attributes, comments, code and scripts', () => {
    const markdown =
      '<p title="45,000 people">Over <a href="https://x.org/12345">12&nbsp;000</a> <!-- 99,999 --> <code>x = 12,345</code></p>\n<script>var n = 45000;</script>\n';
    expect(prose(markdown).map((block) => block.text)).toEqual(['Over |12\u00a0000|  |']);
  });

  it('marks what a blockquote holds as quoted', () => {
    expect(prose('<blockquote><p>We felt helpless.</p></blockquote>\n')).toMatchObject([{ quoted: true }]);
  });
});
