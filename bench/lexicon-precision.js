// How often charter-language speaks on real text nobody here wrote, and a
// sample of its findings to judge by hand (packages/charter-lint/README.md,
// "charter-language precision", records the verdicts).
//
//   npm run build -w @alima/charter-lint && node bench/lexicon-precision.js [--sample 50]
import { toString } from 'mdast-util-to-string';
import { charterLanguage, severityOf } from '../packages/charter-lint/dist/index.js';
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

printSample(findings, sampleSize, ({ message }) => `[${severityOf(message)}] ${message.reason}\n   > `);
