// charter-lint on real French prose (../shared/corpus/betagouv-fr, 498 pages
// nobody here wrote): findings per 10,000 words for every rule, and a random
// sample of sourced-figures findings (seeded, so the same on every run) for a
// person to judge. The verdicts and the precision they give are recorded in
// bench/betagouv-fr-sample.md.
//
//   npm run build -w @alima/charter-lint && node bench/betagouv-fr.js [--sample 60] [--seed 11] [--corpus <folder>]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toString } from 'mdast-util-to-string';
import { createParser, lintText } from '../packages/charter-lint/dist/index.js';
import { markdownFiles } from './lib/corpus.js';

const argument = (name) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const option = (name, fallback) => Number(argument(name)) || fallback;
// Beside the repository, as the other corpora; `--corpus <folder>` when the checkout lives elsewhere.
const CORPUS =
  argument('--corpus') ?? fileURLToPath(new URL('../../shared/corpus/betagouv-fr', import.meta.url));
const sampleSize = option('--sample', 60);
let seed = option('--seed', 11);
// A small seeded generator (mulberry32): the sample must be the one the verdicts were written for.
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const parser = createParser();
const files = markdownFiles(CORPUS).filter((path) => !path.endsWith('README.md'));
let words = 0;
const byRule = new Map();
const figures = [];
for (const path of files) {
  const source = readFileSync(path, 'utf8');
  const file = relative(CORPUS, path);
  words += toString(parser.parse(source)).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const report = await lintText(source, { filePath: file, lang: 'fr', markdownlint: false });
  for (const message of report.messages) {
    byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
    if (message.ruleId === 'sourced-figures') figures.push({ file, source, message });
  }
}

console.log(`Corpus: ${files.length} pages in ${CORPUS}, ${words.toLocaleString('en')} words\n`);
console.log('| Rule | Findings | Per 10,000 words |');
console.log('| --- | ---: | ---: |');
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1]))
  console.log(`| ${rule} | ${count} | ${((count / words) * 10_000).toFixed(2)} |`);

// A random sample without repetition (partial Fisher–Yates).
const pool = [...figures];
for (let index = 0; index < Math.min(sampleSize, pool.length); index++) {
  const pick = index + Math.floor(random() * (pool.length - index));
  [pool[index], pool[pick]] = [pool[pick], pool[index]];
}
console.log(
  `\nRandom sample of ${Math.min(sampleSize, pool.length)} of ${figures.length} sourced-figures findings:\n`,
);
const lines = (text) => text.split('\n');
pool.slice(0, sampleSize).forEach(({ file, source, message }, index) => {
  const line = lines(source)[message.line - 1] ?? '';
  const at = message.column - 1;
  const end = message.endLine === message.line ? message.endColumn - 1 : line.length;
  const context = `${line.slice(Math.max(0, at - 110), at)}[[${line.slice(at, end)}]]${line.slice(end, end + 70)}`;
  console.log(
    `${index + 1}. ${file}:${message.line} «${message.actual}» ${context.replace(/\s+/g, ' ').trim()}`,
  );
});
