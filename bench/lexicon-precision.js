// How often charter-language speaks on real text nobody here wrote, and a
// sample of its findings to judge by hand (packages/charter-lint/README.md,
// "charter-language precision", records the verdicts).
//
//   npm run build -w @alima/charter-lint && node bench/lexicon-precision.js [--sample 50]
import { toString } from 'mdast-util-to-string';
import { charterLanguage, severityOf } from '../packages/charter-lint/dist/index.js';
import { CORPUS } from './lib/corpus.js';
import { lintCorpus, parsedCorpus } from './lib/lexicon-corpus.js';

const sampleSize = Number(process.argv[process.argv.indexOf('--sample') + 1]) || 50;
const documents = parsedCorpus();
// Words of the prose a reader sees (mdast text, front matter and URLs excluded).
const words = documents.reduce(
  (sum, { tree }) => sum + (toString(tree).match(/[\p{L}\p{N}]+/gu)?.length ?? 0),
  0,
);
const findings = lintCorpus(charterLanguage, documents);

const count = (key) => {
  const counts = new Map();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return [...counts]
    .map(([name, n]) => `${name} ${n}`)
    .sort()
    .join(', ');
};
const category = ({ message }) => /\(([a-z-]+)\)/.exec(message.reason)?.[1] ?? '?';

console.log(`Corpus: ${documents.length} files in ${CORPUS}, ${words.toLocaleString('en')} words`);
console.log(
  `Findings: ${findings.length} (${((findings.length / words) * 10_000).toFixed(2)} per 10,000 words)`,
);
console.log(`By severity: ${count(({ message }) => severityOf(message))}`);
console.log(`By category: ${count(category)}`);

// An evenly spaced sample, the same on every run, each with the text around it ([[flagged]]).
const step = Math.max(1, findings.length / sampleSize);
console.log(`\nSample of ${Math.min(sampleSize, findings.length)} findings (every ${step.toFixed(1)}th):\n`);
for (let index = 0; index < findings.length && index / step < sampleSize; index += step) {
  const { path, source, message } = findings[Math.floor(index)];
  const { start, end } = message.place;
  const context = `${source.slice(Math.max(0, start.offset - 120), start.offset)}[[${source.slice(start.offset, end.offset)}]]${source.slice(end.offset, end.offset + 80)}`;
  console.log(
    `${Math.floor(index / step) + 1}. ${path}:${message.line} [${severityOf(message)}] ${message.reason}\n   > ${context.replace(/\s+/g, ' ')}`,
  );
}
