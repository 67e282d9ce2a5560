// charter-lint against its peers on the same corpus, in one run:
// markdownlint-cli2 and alex (real tools a team would otherwise run), and the
// remark parse floor. Targets (issue #3): the full run (charter rules and
// markdownlint) ≤ 1× markdownlint-cli2; charter rules alone ≤ 0.7× the
// remark-gfm parse floor; peak memory < 400 MiB.
//
//   node bench/charter-lint.js            # every peer (alex alone takes about a minute)
//   node bench/charter-lint.js --no-alex  # skip the slowest peer
//   node bench/charter-lint.js --runs 3   # every tool 3 times, rounds interleaved; medians (lower middle if even)
//
// Wall time is what the targets are about, but other work on a shared machine
// stretches it unevenly: compare ratios from the same run, and read the user
// CPU column (all threads) for the work itself.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CORPUS, markdownFiles } from './lib/corpus.js';
import { measure, table } from './lib/measure.js';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = fileURLToPath(new URL('../packages/charter-lint/bin/charter-lint.js', import.meta.url));
const node = process.execPath;

const runs = [
  ['markdownlint-cli2', bin('markdownlint-cli2'), ['**/*.md']],
  ...(process.argv.includes('--no-alex') ? [] : [['alex', bin('alex'), ['--quiet', '.']]]),
  ['parse floor (remark-parse)', node, [here('./parse-floor.js'), CORPUS]],
  ['parse floor (remark-parse + remark-gfm)', node, [here('./parse-floor.js'), '--gfm', CORPUS]],
  ['charter-lint (charter rules + markdownlint)', node, [cli, '--format', 'json', '.']],
  ['charter-lint --no-markdownlint', node, [cli, '--format', 'json', '--no-markdownlint', '.']],
];

const files = markdownFiles();
console.log(`Corpus: ${files.length} Markdown files in ${CORPUS}\n`);
const runsIndex = process.argv.indexOf('--runs');
const rounds = runsIndex === -1 ? 1 : Math.max(1, Number(process.argv[runsIndex + 1]) || 1);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
console.log(`Load average before: ${load()}`);
const samples = new Map(runs.map(([name]) => [name, []]));
for (let round = 0; round < rounds; round += 1) {
  for (const [name, command, args] of runs) {
    const result = measure(command, args, { cwd: CORPUS });
    // Linters exit 1 when they find something; only a crash (2 or a signal) voids a run.
    if (result.status === null || result.status > 1) {
      console.error(`${name} failed (exit ${result.status}):\n${result.stderr.slice(0, 2000)}`);
      process.exitCode = 1;
    }
    samples.get(name).push(result);
    console.log(`${name}: ${result.seconds.toFixed(1)} s wall, ${result.userSeconds ?? '?'} s user`);
  }
}
console.log(`Load average after: ${load()}`);

const median = (values) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const results = new Map(
  [...samples].map(([name, list]) => [
    name,
    {
      seconds: median(list.map((result) => result.seconds)),
      userSeconds: median(list.map((result) => result.userSeconds ?? NaN)),
      peakMiB: Math.max(...list.map((result) => result.peakMiB ?? 0)),
    },
  ]),
);

const markdownlint = results.get('markdownlint-cli2').seconds;
const gfmFloor = results.get('parse floor (remark-parse + remark-gfm)').seconds;
console.log(
  '\n' +
    table(
      [
        'tool',
        'wall time (s)',
        'user CPU (s)',
        'peak memory (MiB)',
        '× markdownlint-cli2',
        '× gfm parse floor',
        'CPU × markdownlint-cli2',
      ],
      [...results].map(([name, result]) => [
        name,
        result.seconds.toFixed(1),
        result.userSeconds.toFixed(1),
        result.peakMiB.toFixed(0),
        (result.seconds / markdownlint).toFixed(2),
        (result.seconds / gfmFloor).toFixed(2),
        (result.userSeconds / results.get('markdownlint-cli2').userSeconds).toFixed(2),
      ]),
    ),
);

const full = results.get('charter-lint (charter rules + markdownlint)');
const rulesOnly = results.get('charter-lint --no-markdownlint');
const verdict = (ok) => (ok ? 'met' : 'MISSED');
console.log(`
Targets:
- full run ≤ 1× markdownlint-cli2: ${(full.seconds / markdownlint).toFixed(2)}× (${verdict(full.seconds <= markdownlint)})
- charter rules alone ≤ 0.7× gfm parse floor: ${(rulesOnly.seconds / gfmFloor).toFixed(2)}× (${verdict(rulesOnly.seconds <= 0.7 * gfmFloor)})
- peak memory < 400 MiB: ${Math.max(full.peakMiB ?? 0, rulesOnly.peakMiB ?? 0).toFixed(0)} MiB (${verdict(Math.max(full.peakMiB ?? 0, rulesOnly.peakMiB ?? 0) < 400)})`);
