import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { GROWTH, growthRatio, MAX_RATIO } from '../growth-ratio.js';

/**
 * Adversarial HTML pages, each at size n and 16n (see `growthRatio` for the
 * bound): nesting past the reader's limit, tags the parser keeps open,
 * elements the rules look for in the source left unclosed.
 */
const SIZE = 4_000;
const adversarial: [string, (n: number) => string][] = [
  ['deeply nested <div>s', (n) => `${'<div>'.repeat(n / 10)}332,957 people${'</div>'.repeat(n / 10)}`],
  ['unclosed formatting elements', (n) => `<p>${'<b>'.repeat(n / 3)}332,957 people</p>`],
  ['unclosed list items', (n) => `<ul>${'<li>1,000 items'.repeat(n / 15)}</ul>`],
  [
    'many short paragraphs with <sup> markers',
    (n) => '<p>3.5 million people<sup>1</sup></p>\n'.repeat(n / 40),
  ],
  ['unclosed stat cards', (n) => '<alima-stat-card value="20250000">'.repeat(n / 35)],
  ['unclosed figures and captions', (n) => '<figure><img src="a.jpg" alt="x">[caption]'.repeat(n / 42)],
  ['unclosed footnote elements', (n) => '<alima-footnote id="a">World Bank 2020 '.repeat(n / 38)],
  [
    'a long paragraph of character references',
    (n) => `<p>${'the poorest&nbsp;of&nbsp;the&nbsp;poor '.repeat(n / 40)}</p>`,
  ],
];

describe('HTML lint time grows linearly with adversarial pages', () => {
  it.each(adversarial)(
    '%s',
    async (_name, make) => {
      const small = make(SIZE);
      const large = make(SIZE * GROWTH);
      const ratio = await growthRatio(
        () => lintText(small, { filePath: 'page.html' }),
        () => lintText(large, { filePath: 'page.html' }),
      );
      expect(ratio, `${GROWTH}× the input took ${ratio.toFixed(1)}× the time`).toBeLessThan(MAX_RATIO);
    },
    120_000,
  );
});
