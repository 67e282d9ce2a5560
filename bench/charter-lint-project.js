// What the project pass (figure-registry, translation-parity, figure-consistency:
// facts gathered during each file's lint, then the rules on all of them) adds to a
// full lint of the corpus. Target (charter-lint issue 17): at most 10 % more wall
// time than the same lint without it.
//
//   node bench/charter-lint-project.js            # 3 rounds, interleaved; medians of wall and CPU time
//   node bench/charter-lint-project.js --runs 5
//   node bench/charter-lint-project.js --paired   # on one thread, file by file: each file linted
//                                                  # with and without gathering facts, in turns; then
//                                                  # the project rules on all the facts (CPU time)
//
// Both sides are the same `lintFiles` call (worker threads as the command sizes
// them, every charter rule and markdownlint) in this process; only `project` differs.
// The corpus has no `scope` front matter and no translations, so this measures the
// cost every run pays: gathering the facts and pairing files.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { lintTextWithFixes } from '../packages/charter-lint/dist/index.js';
import { lintFiles, runProjectRules } from '../packages/charter-lint/dist/node.js';
import { CORPUS, markdownFiles } from './lib/corpus.js';

const files = markdownFiles();
const runsIndex = process.argv.indexOf('--runs');
const rounds = runsIndex === -1 ? 3 : Math.max(1, Number(process.argv[runsIndex + 1]) || 1);
console.log(`Corpus: ${files.length} Markdown files in ${CORPUS}`);
console.log(
  `Load average before: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);

/**
 * What the project pass costs, measured so a busy machine hurts neither side:
 * each file is linted with and without gathering facts, alternately first,
 * and the CPU time of each call is summed; then the project rules run once on
 * every file's facts.
 */
async function paired() {
  const spent = { without: 0, with: 0 };
  const inputs = [];
  for (const [index, path] of files.entries()) {
    const text = readFileSync(path, 'utf8');
    for (const collectFacts of index % 2 ? [false, true] : [true, false]) {
      const start = process.cpuUsage();
      const { facts } = await lintTextWithFixes(text, { filePath: path, collectFacts });
      const used = process.cpuUsage(start);
      spent[collectFacts ? 'with' : 'without'] += (used.user + used.system) / 1e6;
      if (facts) inputs.push({ path, shown: path, facts, settings: {} });
    }
  }
  const start = process.cpuUsage();
  runProjectRules(inputs);
  const used = process.cpuUsage(start);
  const rules = (used.user + used.system) / 1e6;
  const ratio = (spent.with + rules) / spent.without;
  console.log(
    `CPU: lint ${spent.without.toFixed(2)} s; lint gathering facts ${spent.with.toFixed(2)} s; project rules ${rules.toFixed(2)} s; ratio ${ratio.toFixed(3)} (target ≤ 1.10: ${ratio <= 1.1 ? 'met' : 'missed'})`,
  );
}

if (process.argv.includes('--paired')) {
  await paired();
  process.exit(0);
}

// CPU time (user + system, every thread of this process: the workers' too) is the
// work itself; wall time is what the target is about but a shared machine stretches it.
const time = async (project) => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const reports = await lintFiles(files, { cwd: CORPUS, project });
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  const findings = reports.reduce((sum, report) => sum + report.messages.length, 0);
  return { seconds, cpuSeconds, findings };
};

const samples = { without: [], with: [] };
for (let round = 0; round < rounds; round += 1) {
  // Alternate which side goes first, so a slow spell (or a cold disk) does not favour one.
  const order = round % 2 === 0 ? [false, true] : [true, false];
  for (const project of order) {
    const result = await time(project);
    samples[project ? 'with' : 'without'].push(result);
    console.log(
      `${project ? 'with the project pass   ' : 'without the project pass'}: ${result.seconds.toFixed(2)} s wall, ${result.cpuSeconds.toFixed(2)} s CPU, ${result.findings} findings`,
    );
  }
}
console.log(
  `Load average after: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
for (const key of ['seconds', 'cpuSeconds']) {
  const without = median(samples.without.map((sample) => sample[key]));
  const withProject = median(samples.with.map((sample) => sample[key]));
  const ratio = withProject / without;
  console.log(
    `median ${key === 'seconds' ? 'wall' : 'CPU '} without: ${without.toFixed(2)} s, with: ${withProject.toFixed(2)} s, ratio ${ratio.toFixed(3)} (target ≤ 1.10: ${ratio <= 1.1 ? 'met' : 'missed'})`,
  );
}
