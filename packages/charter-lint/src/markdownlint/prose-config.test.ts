import { describe, expect, it } from 'vitest';
import { lintText } from '../engine/lint-text.js';

const ids = async (markdown: string, markdownlint = {}) =>
  (await lintText(markdown, { catalogue: [], markdownlint })).messages.map(
    (message) => `${message.ruleId}:${message.line}`,
  );

describe('markdownlint prose defaults', () => {
  it.each([
    ['long lines (MD013)', `Intro.\n\n${'A sentence that goes on. '.repeat(30).trim()}\n`],
    ['a lede before any heading (MD041)', 'A lede.\n\n## Section\n\nText.\n'],
    ['a front matter title repeated as the heading (MD025)', '---\ntitle: Mali\n---\n\n# Mali\n\nText.\n'],
    ['question headings (MD026)', '# Why Mali?\n\nBecause.\n'],
    ['an emphasised credit line (MD036)', '# T\n\n![A nurse](a.jpg)\n\n*© Name / ALIMA*\n'],
    ['bare URLs (MD034)', '# T\n\nSource: https://data.unicef.org/mali\n'],
    ['mixed emphasis markers (MD049, MD050)', '# T\n\n*one* _two_ **three** __four__\n'],
    ['four-space nested lists (MD007)', '# T\n\n- one\n    - nested\n'],
    [
      'the same heading under two parents (MD024)',
      '# T\n\n## Mali\n\n### Context\n\n## Niger\n\n### Context\n',
    ],
    [
      'figures, superscripts and alima elements (MD033)',
      '# T\n\n<figure><img src="a.jpg" alt="A nurse"><figcaption>© A</figcaption></figure>\n\nX<sup>1</sup>\n\n<alima-photo-credit photographer="A"></alima-photo-credit>\n',
    ],
  ])('accept %s', async (_what, markdown) => {
    expect(await ids(markdown)).toEqual([]);
  });

  it.each([
    ['missing alt text (MD045)', '# T\n\n![](a.jpg)\n', ['MD045:3']],
    ['other inline HTML (MD033)', '# T\n\n<div>box</div>\n', ['MD033:3']],
    ['sibling duplicate headings (MD024)', '# T\n\n## Context\n\n## Context\n', ['MD024:5']],
    ['extra blank lines (MD012)', '# T\n\nA.\n\n\nB.\n', ['MD012:5']],
  ])('still flag %s', async (_what, markdown, expected) => {
    expect(await ids(markdown)).toEqual(expected);
  });

  it('keeps alima elements allowed when a writer lists their own allowed elements', async () => {
    const markdown = '# T\n\n<alima-stat-card></alima-stat-card>\n\n<span>x</span>\n\n<div>y</div>\n';
    expect(await ids(markdown, { MD033: { allowed_elements: ['span'] } })).toEqual(['MD033:7']);
  });
});
