import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { GROWTH, growthRatio, MAX_RATIO } from '../growth-ratio.js';

/**
 * A list nested one level deeper on every line, about `n` characters long:
 * each line is longer than the one before, so the depth grows as √n.
 */
function nestedList(n: number): string {
  const lines: string[] = [];
  for (let depth = 0, size = 0; size < n; depth += 1) {
    const line = `${'  '.repeat(depth)}- 1,000 item`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/**
 * Adversarial inputs, each at size n and 16n (see `growthRatio` for the
 * bound). n is 4,000 characters: at 16n (64 KB) a whole lint's garbage still
 * fits V8's young generation; beyond it, garbage collection alone (counted in
 * the process's CPU time) doubles the ratio of the heaviest shapes.
 */
const SIZE = 4_000;
const adversarial: [string, (n: number) => string, filePath?: string][] = [
  ['digits with group separators', (n) => `There were ${'123,'.repeat(n / 4)}5 people.`],
  ['digits with French spaces', (n) => `Il y avait ${'123\u202f'.repeat(n / 4)}5 personnes.`],
  ['one very long line of prose', (n) => 'In 2020 there were many displaced persons. '.repeat(n / 44)],
  ['a long line of numbers without a full stop', (n) => '12.5% 3 million 20,25 millions '.repeat(n / 31)],
  ['superscript markers', (n) => `Figure 1,000${'¹²³⁴⁵⁶⁷⁸⁹'.repeat(n / 9)}`],
  ['deeply nested block quotes', (n) => `${'> '.repeat(n / 200)}332,957 people`],
  ['deeply nested lists', (n) => nestedList(n)],
  ['character references in one paragraph', (n) => 'the poorest&nbsp;of&nbsp;the&nbsp;poor '.repeat(n / 40)],
  ['many short paragraphs', (n) => '3.5 million people¹\n\n'.repeat(n / 22) + '¹ World Bank 2020\n'],
  // HTML pages: nesting past the reader's limit, tags the parser keeps open,
  // elements the rules look for in the source left unclosed.
  [
    'deeply nested <div>s',
    (n) => `${'<div>'.repeat(n / 10)}332,957 people${'</div>'.repeat(n / 10)}`,
    'page.html',
  ],
  ['unclosed formatting elements', (n) => `<p>${'<b>'.repeat(n / 3)}332,957 people</p>`, 'page.html'],
  ['unclosed list items', (n) => `<ul>${'<li>1,000 items'.repeat(n / 15)}</ul>`, 'page.html'],
  [
    'paragraphs with <sup> markers',
    (n) => '<p>3.5 million people<sup>1</sup></p>\n'.repeat(n / 40),
    'page.html',
  ],
  ['unclosed stat cards', (n) => '<alima-stat-card value="20250000">'.repeat(n / 35), 'page.html'],
  [
    'unclosed figures and captions',
    (n) => '<figure><img src="a.jpg" alt="x">[caption]'.repeat(n / 42),
    'page.html',
  ],
  [
    'unclosed footnote elements',
    (n) => '<alima-footnote id="a">World Bank 2020 '.repeat(n / 38),
    'page.html',
  ],
  [
    'HTML character references',
    (n) => `<p>${'the poorest&nbsp;of&nbsp;the&nbsp;poor '.repeat(n / 40)}</p>`,
    'page.html',
  ],
];

describe('lint time grows linearly with adversarial input', () => {
  it.each(adversarial)(
    '%s',
    async (_name, make, filePath) => {
      const small = make(SIZE);
      const large = make(SIZE * GROWTH);
      const ratio = await growthRatio(
        () => lintText(small, { filePath }),
        () => lintText(large, { filePath }),
      );
      expect(ratio, `${GROWTH}× the input took ${ratio.toFixed(1)}× the time`).toBeLessThan(MAX_RATIO);
    },
    120_000,
  );
});
