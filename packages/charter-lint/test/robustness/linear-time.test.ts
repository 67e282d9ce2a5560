import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';

/** CPU time of linting `source` once, in milliseconds. */
async function lintTime(source: string): Promise<number> {
  const start = process.cpuUsage();
  await lintText(source);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * How many times longer `large` takes to lint than `small`: the fastest of
 * four runs of each, interleaved, after a run of each to warm the JIT. CPU
 * time rather than wall time, minimums rather than means, and interleaving,
 * so a busy machine (CI shares its cores, other test files run alongside)
 * slows both sizes alike and does not read as super-linear work.
 */
async function timeRatio(small: string, large: string): Promise<number> {
  await lintTime(small);
  await lintTime(large);
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  for (let run = 0; run < 4; run += 1) {
    fastestLarge = Math.min(fastestLarge, await lintTime(large));
    fastestSmall = Math.min(fastestSmall, await lintTime(small));
  }
  return fastestLarge / fastestSmall;
}

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
 * Adversarial inputs, each at size n and 8n. Linear work takes about 8× as
 * long; quadratic work, 64×. The bound is loose (24×) so a busy machine does
 * not fail the test, and tight enough that super-linear behaviour does.
 */
const adversarial: [string, (n: number) => string][] = [
  ['digits with group separators', (n) => `There were ${'123,'.repeat(n / 4)}5 people.`],
  ['digits with French spaces', (n) => `Il y avait ${'123\u202f'.repeat(n / 4)}5 personnes.`],
  ['one very long line of prose', (n) => 'In 2020 there were many displaced persons. '.repeat(n / 44)],
  ['a long line of numbers without a full stop', (n) => '12.5% 3 million 20,25 millions '.repeat(n / 31)],
  ['superscript markers', (n) => `Figure 1,000${'¹²³⁴⁵⁶⁷⁸⁹'.repeat(n / 9)}`],
  ['deeply nested block quotes', (n) => `${'> '.repeat(n / 200)}332,957 people`],
  ['deeply nested lists', (n) => nestedList(n)],
  ['character references in one paragraph', (n) => 'the poorest&nbsp;of&nbsp;the&nbsp;poor '.repeat(n / 40)],
  ['many short paragraphs', (n) => '3.5 million people¹\n\n'.repeat(n / 22) + '¹ World Bank 2020\n'],
];

describe('lint time grows linearly with adversarial input', () => {
  it.each(adversarial)(
    '%s',
    async (_name, make) => {
      const ratio = await timeRatio(make(10_000), make(80_000));
      expect(ratio, `8× the input took ${ratio.toFixed(1)}× the time`).toBeLessThan(24);
    },
    60_000,
  );
});
