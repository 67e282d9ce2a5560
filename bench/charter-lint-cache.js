// charter-lint --cache on the corpus: the second run with nothing changed
// against the cold run, in one run (target, charter-lint issue 12: ≤ 0.1×).
// Each round starts from an empty cache in a temporary folder (the corpus is
// shared and read-only here), lints cold with --cache, then again.
//
//   node bench/charter-lint-cache.js            # 1 round
//   node bench/charter-lint-cache.js --runs 3   # medians of 3 rounds
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, markdownFiles } from './lib/corpus.js';
import { measure, table } from './lib/measure.js';

const cli = fileURLToPath(new URL('../packages/charter-lint/bin/charter-lint.js', import.meta.url));
const runsIndex = process.argv.indexOf('--runs');
const rounds = runsIndex === -1 ? 1 : Math.max(1, Number(process.argv[runsIndex + 1]) || 1);

console.log(`Corpus: ${markdownFiles().length} Markdown files in ${CORPUS}\n`);
const samples = { plain: [], cold: [], warm: [] };
let cacheBytes = 0;
for (let round = 0; round < rounds; round += 1) {
  const folder = mkdtempSync(join(tmpdir(), 'charter-lint-cache-bench-'));
  const cache = join(folder, 'cache.json');
  const runs = [
    ['plain', ['--format', 'json', '.']],
    ['cold', ['--format', 'json', '--cache', '--cache-location', cache, '.']],
    ['warm', ['--format', 'json', '--cache', '--cache-location', cache, '.']],
  ];
  const outputs = {};
  for (const [name, args] of runs) {
    const result = measure(process.execPath, [cli, ...args], { cwd: CORPUS });
    if (result.status === null || result.status > 1) {
      console.error(`${name} failed (exit ${result.status}):\n${result.stderr.slice(0, 2000)}`);
      process.exitCode = 1;
    }
    outputs[name] = result.stdout;
    samples[name].push(result);
    console.log(`${name}: ${result.seconds.toFixed(2)} s wall, ${result.userSeconds ?? '?'} s user`);
  }
  // The cache must not change what is reported.
  if (outputs.warm !== outputs.cold || outputs.cold !== outputs.plain) {
    console.error('The reports differ between the plain, cold and warm runs.');
    process.exitCode = 1;
  }
  cacheBytes = statSync(cache).size;
  rmSync(folder, { recursive: true, force: true });
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const seconds = (name) => median(samples[name].map((result) => result.seconds));
const cold = seconds('cold');
const rows = [
  ['charter-lint (no --cache)', 'plain'],
  ['charter-lint --cache, empty cache (cold)', 'cold'],
  ['charter-lint --cache, nothing changed (warm)', 'warm'],
].map(([label, name]) => [
  label,
  seconds(name).toFixed(2),
  median(samples[name].map((result) => result.userSeconds ?? NaN)).toFixed(2),
  Math.max(...samples[name].map((result) => result.peakMiB ?? 0)).toFixed(0),
  (seconds(name) / cold).toFixed(3),
]);
console.log(`\n${table(['run', 'wall time (s)', 'user CPU (s)', 'peak memory (MiB)', '× cold'], rows)}`);
const ratio = seconds('warm') / cold;
console.log(
  `\nCache file: ${(cacheBytes / 1024 / 1024).toFixed(1)} MiB.\nTarget: warm ≤ 0.1× cold: ${ratio.toFixed(3)}× (${ratio <= 0.1 ? 'met' : 'MISSED'})`,
);
if (ratio > 0.1) process.exitCode = 1;
