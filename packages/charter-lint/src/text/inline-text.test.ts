import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createParser } from '../parse/processor.js';
import { inlineText, OPAQUE_MARK } from './inline-text.js';
import { NOTE_MARK } from './sentences.js';

function paragraphOf(markdown: string) {
  const tree = createParser().parse(markdown);
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (!paragraph) throw new Error('no paragraph');
  return inlineText([paragraph], markdown);
}

describe('inlineText', () => {
  it('maps every character back to its source offset', () => {
    const markdown = 'In *2020*, **332,957** people.';
    const prose = paragraphOf(markdown);
    expect(prose.text).toBe('In 2020, 332,957 people.');
    const at = prose.text.indexOf('332,957');
    expect(markdown.slice(prose.sourceOffset(at), (prose.sourceOffset(at + 6) ?? 0) + 1)).toBe('332,957');
  });

  it('aligns through escapes, character references and container prefixes', () => {
    const markdown = '> A \\* star, 332&nbsp;957 and\n> 14,442 people.';
    const prose = paragraphOf(markdown.replace(/^> /gm, ''));
    expect(prose.text).toContain('332\u00A0957');
    const tree = createParser().parse(markdown);
    const quote = tree.children[0] as { children: Paragraph[] };
    const quoted = inlineText(quote.children, markdown);
    const at = quoted.text.indexOf('14,442');
    expect(markdown.slice(quoted.sourceOffset(at), (quoted.sourceOffset(at + 5) ?? 0) + 1)).toBe('14,442');
    const nbsp = quoted.text.indexOf('957');
    expect(markdown.slice(quoted.sourceOffset(nbsp), (quoted.sourceOffset(nbsp + 2) ?? 0) + 1)).toBe('957');
  });

  it('turns footnote references of every kind into note marks', () => {
    const prose = paragraphOf('One[^a], two<sup>2</sup> and three³.\n\n[^a]: Note.');
    expect(prose.text).toBe(`One${NOTE_MARK}, two${NOTE_MARK} and three³.`);
    expect(prose.ranges.filter((range) => range.kind === 'note')).toHaveLength(2);
  });

  it('hides code, images and HTML, and records links', () => {
    const prose = paragraphOf(
      'Run `npm 1234` see ![alt 5678](a.png) <b title="9999">x</b> [link 42](https://x.org/77)',
    );
    expect(prose.text).not.toMatch(/1234|5678|9999|77/);
    expect(prose.text).toContain(OPAQUE_MARK);
    const link = prose.ranges.find((range) => range.kind === 'link');
    expect(link && prose.text.slice(link.start, link.end)).toBe('link 42');
  });
});

describe('inlineText with raw HTML links', () => {
  it('records the text of an <a href> as a link', () => {
    const prose = paragraphOf(
      'It would add <a href="https://mckinsey.com">$3 trillion a year</a> to the economy.',
    );
    const link = prose.ranges.find((range) => range.kind === 'link');
    expect(link && prose.text.slice(link.start, link.end)).toBe('$3 trillion a year');
  });
});
