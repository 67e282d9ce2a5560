import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fragments } from './arbitrary-markdown.js';
import { proseConfig } from '../../src/markdownlint/prose-config.js';
import { runMarkdownlint } from '../../src/markdownlint/run-markdownlint.js';
import { createParser } from '../../src/parse/processor.js';
import { treeFromMarkdownlint } from '../../src/parse/shared/tree-from-markdownlint.js';

const parser = createParser();
const mali = readFileSync(new URL('../fixtures/mali.md', import.meta.url), 'utf8');

function sharedTree(text: string): Root | undefined {
  const { parse } = runMarkdownlint(text, proseConfig);
  return parse && treeFromMarkdownlint(text, parse);
}

/** The shared tree, asserted equal to our own parser's (positions included). */
function expectSameTree(text: string): void {
  const tree = sharedTree(text);
  expect(tree, 'the shared parse declined').toBeDefined();
  expect(tree).toEqual(parser.parse(text));
}

/** Syntax where markdownlint's parser and ours could disagree, on top of the fuzz fragments. */
const syntax = [
  ...fragments,
  'www.example.com',
  'https://example.org/some_page?a=1&b=2',
  'https://example.org/_a_',
  'https://example.org/?x=&#8221',
  ';',
  'someone@example.org',
  'Note:this',
  ':abbr[HTML]{title="x"}',
  '\n::leaf\n',
  '\n:::box\ntext\n:::\n',
  '$5 and $10',
  '$a*b*$',
  '\n$$\nx\n$$\n',
  '\n<div>\n<p>a</p>\n</div>\n',
  '\n> <div>\n> a\n> </div>\n',
  '\n- <div>\n  a\n  </div>\n',
  '\n<!-- a\nb -->\n',
  '\r\n',
  '\r',
  '\t',
  '    indented code\n',
  '\n***\n',
  '\nSetext\n===\n',
  '\n[a]: https://example.org "T"\n',
  '[a]',
  '[a][]',
  '[b][a]',
  '<https://example.org>',
  '&copy;',
  '&#x27;',
  '_x_',
  '**b**',
  '\n| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n',
  '\n- a\n\n- b\n  - c\n\n  - d\n',
  '\n> 1. a\n>\n>    b\n',
  '\n- [^q]: a\n\n      b\n',
  '[^q]',
  'x  \ny',
  '*a\\\nb*',
  '`a\nb`',
  '[a\nb][]',
  '\n---\ntitle: x\n---\n\n',
  '\n+++\ntitle = "x"\n+++\n',
  '\uFEFF',
];

const arbitraryDraft = fc
  .array(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...syntax) }, { weight: 1, arbitrary: fc.string() }),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

describe('treeFromMarkdownlint', () => {
  it('builds the tree our parser builds, or declines, for any draft', () => {
    let shared = 0;
    fc.assert(
      fc.property(arbitraryDraft, (text) => {
        const tree = sharedTree(text);
        if (tree === undefined) return;
        shared++;
        expect(tree).toEqual(parser.parse(text));
      }),
      { numRuns: 1500 },
    );
    // Declining everything would pass the property: most drafts must be shared.
    expect(shared).toBeGreaterThan(750);
  }, 120_000);

  it('builds the seed country page’s tree, front matter and footnotes included', () => {
    expectSameTree(mali);
    expectSameTree(`---\ntitle: Mali\nlang: fr\n---\n\n\n${mali}`);
  });

  it('builds trees with the syntax markdownlint parses and we read as text, when it hides nothing', () => {
    expectSameTree('See www.example.com/some_page?a=1&b=2 or write to someone@example.org.\n');
    expectSameTree('It costs $5 and $10.\n\nNote:this matters.\n');
  });

  it('builds pages that are only front matter, with or without a final line ending or blank lines', () => {
    expectSameTree('---\ntitle: x\n---');
    expectSameTree('---\ntitle: x\n---\n');
    expectSameTree('---\r\n---\r\n  \r\n\r\n');
    expectSameTree('');
  });

  it('builds tables with their alignment, HTML blocks, comments and CRLF text', () => {
    expectSameTree('| l | c | r | n |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n');
    expectSameTree('<div>\n\n<p>a</p>\n</div>\n\n<!-- a\nb -->\n\nText\r\nmore\r\n');
  });

  it.each([
    ['lists with blank lines between items', '- a\n\n- b\n- c\n\n\n- d\n'],
    ['list items spread by a blank line inside', '- a\n\n  b\n- c\n'],
    ['nested lists, spread and tight', '1. a\n   - b\n\n   - c\n2. d\n   * e\n'],
    ['lists in block quotes', '> - a\n>\n>   b\n> - c\n>   > d\n'],
    ['empty list items and an ordered start', '3) \n4)\n\n- \n  y\n-\n\n  z\n'],
    ['a list ending the page without a line ending', 'Text\n\n- a\n- b'],
    ['footnote definitions in list items, with blank lines', '- [^a]: x\n\n      y\n- z[^a]\n'],
    ['hard breaks, trailing and escaped, in emphasis and links', 'a  \nb\\\nc *d  \ne* [f\\\ng](h)\n'],
    ['hard breaks in list items', '- a  \n  b\\\n  c\n'],
    ['setext headings of several lines', 'a\nb *c\nd*\n===\n\n> e\n> f\n> ---\n'],
    ['ATX headings with closing sequences', '## a ##\n###### b #\n#\n'],
    ['code spans across lines', '`a\nb` and ``c\n  ` d``\n\n- `e\n  f`\n'],
    ['references of the three kinds', '[a][b] [b][] [b] [A\nb][]\n\n[b]: /u\n[a b]: /v "T"\n'],
    ['images with references and phrasing in their alt', '![a *b* `c`][r] ![r][] ![r]\n\n[r]: /i.png\n'],
    ['reference labels across container lines', '> [a\n> b][]\n\n- [x][a\n  b]\n- [a\nb]\n\n[a b]: /u\n'],
    [
      'character references and escapes in destinations and titles',
      '[a](/x?a=1&amp;b=\\* "&quot;t&#33;")\n\n[d]: <a&#32;b> \'&copy;\'\n',
    ],
    [
      'character references and escapes in labels',
      '[a&amp;b\\*][] [&copy;]\n\n[a&amp;b\\*]: /u\n[&copy;]: /v\n',
    ],
    ['escaped pipes in table code', '| `a\\|b` | `c\\\\|` |\n| - | - |\n| \\| | `\\|` |\n'],
    ['tables in containers', '> | a |\n> | :-: |\n> | b |\n\n- | c | d |\n  | - | -: |\n'],
    ['footnote calls and definitions', 'a[^1] b[^note]\n\n[^1]: x\n[^note]: y\n\n    z\n'],
    ['autolinks to URLs and emails', '<https://example.org/a> <someone@example.org>\n'],
    ['fenced and indented code', '```js title="x" a\\&amp;\ncode\n\n```\n\n    a\n\n    b\n\n~~~\n~~~\n'],
    ['HTML comments across list lines', '- <!-- a\n\n  b -->\n- <span>c\n  d</span>\n'],
    ['CRLF and CR line endings in containers', '- a\r\n\r\n- b  \r\n  c\r> d\r> e\r'],
  ])('builds %s', (_name, text) => {
    expectSameTree(text);
  });

  it.each([
    ['a byte order mark', '\uFEFF# Title\n'],
    ['a tab', '-\tItem\n'],
    ['TOML front matter', '+++\ntitle = "x"\n+++\n\nText\n'],
    ['display math', 'Text\n\n$$\nx\n$$\n'],
    ['a leaf directive', '::video[Title]\n'],
    ['a container directive', ':::note\nText\n:::\n'],
    ['a literal autolink hiding emphasis', 'See https://example.org/_a_ now\n'],
    ['a literal autolink ending in a character reference', 'See https://example.org/?q=&#8221; now\n'],
    ['math hiding emphasis', 'Cost $a*b*$ here\n'],
    ['an HTML block across quoted lines', '> <div>\n> text\n> </div>\n'],
    ['a line ending markdownlint read past a list indent, ending a text', '- $\n  <z>\n'],
    ['a line ending markdownlint read past a quote marker, ending a break', '> $\n> a\\\n> b\n'],
  ])('declines %s', (_name, text) => {
    expect(sharedTree(text)).toBeUndefined();
  });

  it('has no parse to share when the page disables markdownlint', () => {
    expect(
      runMarkdownlint('<!-- markdownlint-disable-file -->\n\nText\n', proseConfig).parse,
    ).toBeUndefined();
  });
});
