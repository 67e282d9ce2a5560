// charter-lint against its peers on the same corpus, in one run:
// markdownlint-cli2 and alex (real tools a team would otherwise run), and the
// remark parse floor. Targets: the full run (charter rules and markdownlint)
// ≤ 0.9× markdownlint-cli2 (issue 12; ≤ 1× in issue 3); charter rules alone ≤ 0.7× the
// remark-gfm parse floor; peak memory < 400 MiB.
//
//   node bench/charter-lint.js            # every peer (alex alone takes about a minute)
//   node bench/charter-lint.js --no-alex  # skip the slowest peer
//   node bench/charter-lint.js --runs 3   # every tool 3 times, rounds interleaved; medians (lower middle if even)
//
// Wall time is what the targets are about, but other work on a shared machine
// stretches it unevenly: compare ratios from the same run, and read the user
// CPU column (all threads) for the work itself.
import { fileURLToPath } from 'node:url';
import { CORPUS, markdownFiles } from './lib/corpus.js';
import { table } from './lib/measure.js';
import { measureRounds, roundsFromArgs } from './lib/rounds.js';

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
const results = measureRounds(
  runs.map(([name, command, args]) => [name, command, args, CORPUS]),
  roundsFromArgs(),
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
- full run ≤ 0.9× markdownlint-cli2: ${(full.seconds / markdownlint).toFixed(2)}× (${verdict(full.seconds <= 0.9 * markdownlint)})
- charter rules alone ≤ 0.7× gfm parse floor: ${(rulesOnly.seconds / gfmFloor).toFixed(2)}× (${verdict(rulesOnly.seconds <= 0.7 * gfmFloor)})
- peak memory < 400 MiB: ${Math.max(full.peakMiB ?? 0, rulesOnly.peakMiB ?? 0).toFixed(0)} MiB (${verdict(Math.max(full.peakMiB ?? 0, rulesOnly.peakMiB ?? 0) < 400)})`);
