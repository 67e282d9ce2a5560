// Robustness under hostile input (issue 18): every shape the security review
// found super-linear or memory-hungry, generated at 1×, 4× and 16× its base
// size, linted with every charter rule and markdownlint (`lintFile`, as the
// command does). Each run is a fresh process, so its peak memory is its own;
// the time is the CPU time of the lint call alone (after a warm-up on a small
// file), which a busy machine disturbs less than wall time. Growth per 4× of
// input must stay at most 5× (linear work gives about 4×, quadratic 16×), or
// the file must get the size or complexity budget's message instead of
// being linted. Exits 1 when a shape fails.
//
//   npm run build -w @alima/charter-lint && node bench/robustness.js
//   node bench/robustness.js --shape "nested brackets"   # one shape
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, table } from './lib/measure.js';

const KB = 1000;

/** A list nested one level deeper on every line, about `n` characters long. */
function nestedList(n) {
  const lines = [];
  for (let depth = 0, size = 0; size < n; depth += 1) {
    const line = `${'  '.repeat(depth)}- 1,000 item`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Each shape: its base size in characters and a generator of about `n` characters. */
const SHAPES = {
  'nested brackets': [4 * KB, (n) => `${'['.repeat(n / 2)}${']'.repeat(n / 2)}\n`],
  'one wide table row': [4 * KB, (n) => `| a | b |\n| - | - |\n${'| 12 '.repeat(n / 5)}|\n`],
  'numeric table': [
    16 * KB,
    (n) =>
      '| Year | People | Share |\n| ---: | ---: | ---: |\n' +
      Array.from(
        { length: Math.floor(n / 30) },
        (_, i) => `| ${2000 + (i % 20)} | 1,${String(i % 1000).padStart(3, '0')} | ${i % 100}.5% |`,
      ).join('\n') +
      '\n',
  ],
  'one long paragraph': [62 * KB, (n) => `${'In 2020 there were many displaced persons. '.repeat(n / 44)}\n`],
  '`*a ` runs': [16 * KB, (n) => `${'*a '.repeat(n / 3)}\n`],
  'many headings': [
    16 * KB,
    (n) => Array.from({ length: Math.floor(n / 16) }, (_, i) => `# Heading ${i}\n`).join('\n'),
  ],
  'unclosed comment': [16 * KB, (n) => `Text\n\n<!--\n${'a line of comment\n'.repeat(n / 18)}`],
  'unclosed front matter': [16 * KB, (n) => `---\n${'key: a value\n'.repeat(n / 13)}`],
  'nested list (one level per line)': [4 * KB, nestedList],
  'nested list markers on one line': [1 * KB, (n) => `${'- '.repeat(n / 2)}x\n`],
  'nested block quotes': [4 * KB, (n) => `${'> '.repeat(n / 2)}x\n`],
  'short paragraphs': [62 * KB, (n) => 'A short paragraph.\n\n'.repeat(n / 20)],
};

const dist = (path) => new URL(`../packages/charter-lint/dist/${path}`, import.meta.url).href;

/** Child mode: lints one generated file and prints its CPU time and what the report said about budgets. */
async function child(shape, size) {
  const { lintFile } = await import(dist('engine/lint-file.js'));
  const folder = mkdtempSync(join(tmpdir(), 'charter-robustness-'));
  try {
    const warmUp = join(folder, 'warm-up.md');
    writeFileSync(warmUp, '# Warm-up\n\nIn 2020, 3 million people¹ fled.\n\n¹ UNHCR 2021\n');
    await lintFile(warmUp);
    const path = join(folder, 'hostile.md');
    writeFileSync(path, SHAPES[shape][1](size));
    const start = process.cpuUsage();
    const report = await lintFile(path);
    const { user, system } = process.cpuUsage(start);
    const budget = report.messages.find((message) =>
      ['file-too-complex', 'file-too-large', 'internal-error'].includes(message.ruleId),
    );
    console.log(JSON.stringify({ ms: (user + system) / 1000, budget: budget?.ruleId ?? '' }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv.includes('--shape')
    ? process.argv[process.argv.indexOf('--shape') + 1]
    : undefined;
  const self = fileURLToPath(import.meta.url);
  const rows = [];
  let failed = false;
  for (const [shape, [base]] of Object.entries(SHAPES)) {
    if (only !== undefined && shape !== only) continue;
    const runs = [1, 4, 16].map((factor) => {
      const result = measure(process.execPath, [self, '--child', shape, String(base * factor)]);
      if (result.status !== 0) return { ms: NaN, budget: `exit ${result.status}`, peakMiB: result.peakMiB };
      return { ...JSON.parse(result.stdout.trim().split('\n').at(-1)), peakMiB: result.peakMiB };
    });
    const growth = [runs[1].ms / runs[0].ms, runs[2].ms / runs[1].ms];
    const budgeted = runs.map((run) => run.budget).filter(Boolean);
    const ok = runs.every((run) => Number.isFinite(run.ms)) && growth.every((ratio) => ratio <= 5);
    if (!ok) failed = true;
    rows.push([
      shape,
      `${base / KB} kB`,
      ...runs.map((run) => run.ms.toFixed(0)),
      growth.map((ratio) => `${ratio.toFixed(1)}×`).join(', '),
      Math.max(...runs.map((run) => run.peakMiB ?? 0)).toFixed(0),
      budgeted.length === 0 ? '' : [...new Set(budgeted)].join(', '),
      ok ? 'ok' : 'FAIL',
    ]);
  }
  console.log(
    table(
      [
        'shape',
        '1× size',
        '1× (ms)',
        '4× (ms)',
        '16× (ms)',
        'growth per 4×',
        'peak MiB',
        'budget message',
        '',
      ],
      rows,
    ),
  );
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]));
else await main();
