// How often sourced-figures speaks on real text nobody here wrote: files with
// findings, findings per 10,000 words, how they spread over files, and a
// sample of findings to judge by hand (packages/charter-lint/README.md,
// "sourced-figures on real text", records the numbers and the verdicts).
//
//   npm run build -w @alima/charter-lint && node bench/figures-precision.js [--sample 50]
import { toString } from 'mdast-util-to-string';
import { sourcedFigures } from '../packages/charter-lint/dist/index.js';
import { CORPUS } from './lib/corpus.js';
import { lintCorpus, parsedCorpus } from './lib/lexicon-corpus.js';
import { printSample } from './lib/sample.js';

const sampleSize = Number(process.argv[process.argv.indexOf('--sample') + 1]) || 50;
const documents = parsedCorpus();
// Words of the prose a reader sees (mdast text, front matter and URLs excluded).
const words = documents.reduce(
  (sum, { tree }) => sum + (toString(tree).match(/[\p{L}\p{N}]+/gu)?.length ?? 0),
  0,
);
const findings = lintCorpus(sourcedFigures, documents);

const perFile = new Map();
for (const { path } of findings) perFile.set(path, (perFile.get(path) ?? 0) + 1);
const buckets = [
  ['0', 0, 0],
  ['1', 1, 1],
  ['2', 2, 2],
  ['3–5', 3, 5],
  ['6–10', 6, 10],
  ['11–20', 11, 20],
  ['21+', 21, Infinity],
];
const counts = documents.map(({ file }) => perFile.get(file) ?? 0);
const distribution = buckets
  .map(([label, low, high]) => `${label}: ${counts.filter((n) => n >= low && n <= high).length}`)
  .join(', ');
const sorted = counts.filter((n) => n > 0).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;

console.log(`Corpus: ${documents.length} files in ${CORPUS}, ${words.toLocaleString('en')} words`);
console.log(
  `Findings: ${findings.length} in ${perFile.size} files (${((perFile.size / documents.length) * 100).toFixed(1)} % of files), ` +
    `${((findings.length / words) * 10_000).toFixed(2)} per 10,000 words`,
);
console.log(`Files by number of findings: ${distribution}`);
console.log(`Among files with findings: median ${median}, most ${sorted.at(-1) ?? 0}`);
console.log(
  `Top files: ${[...perFile]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([path, n]) => `${path} ${n}`)
    .join(', ')}`,
);

printSample(findings, sampleSize);
