// Does the charter-language matcher stay as fast when the lexicon grows?
// Target (charter-language issue): adding 1,000 entries changes the corpus
// lint time by at most 10 %. The corpus is parsed once; the rule then runs
// over every tree with the shipped lexicons and with the lexicons plus 1,000
// synthetic entries, alternating, and the medians are compared.
//
// Peer in the same run: the design the issue rules out, one regular
// expression per phrase run over every document's text, with the same two
// lexicons, on the first 200 files (it is too slow for the whole corpus).
//
//   npm run build -w @alima/charter-lint && node bench/lexicon-scaling.js [--runs 5]
import {
  charterLanguage,
  createCharterLanguage,
  lexicons,
  validateLexicon,
} from '../packages/charter-lint/dist/index.js';
import { toString } from 'mdast-util-to-string';
import { expandPattern } from '../packages/charter-lint/dist/lexicon/expand.js';
import { table } from './lib/measure.js';
import { lintCorpus, parsedCorpus } from './lib/lexicon-corpus.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const SYNTHETIC = 1000;
// Half the synthetic phrases start with words the corpus is full of, so the
// trie is entered at nearly every word and has to go a step deeper.
const COMMON = ['the', 'of', 'and', 'to', 'people', 'children', 'data', 'users', 'government', 'our'];

function grown(lexicon) {
  const entries = Array.from({ length: SYNTHETIC }, (_, index) => ({
    id: `synthetic-${index}`,
    category: 'claims',
    severity: 'warning',
    phrases: [
      index % 2 === 0
        ? `${COMMON[index % COMMON.length]} zq${index}x{s|}`
        : `zq${index}a {zq${index}b|zq${index}c} zq${index}d`,
    ],
    replacements: ['something else'],
    note: 'Synthetic entry for the scaling benchmark.',
    url: 'https://example.org/',
    exceptions: [],
    examples: { flag: [`zq${index}`], accept: ['fine'] },
  }));
  return validateLexicon(
    { ...lexicon, entries: [...lexicon.entries, ...entries] },
    `${lexicon.lang} + ${SYNTHETIC}`,
  );
}

/** The naive peer: every phrase of the English lexicon as its own regular expression. */
function regexPerPhrase(lexicon) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const regexes = lexicon.entries
    .flatMap((entry) => entry.phrases.flatMap(expandPattern))
    .map(
      (phrase) =>
        new RegExp(
          `(?<![\\p{L}\\p{N}])${escape(phrase).replace(/[ -]/g, '[\\s-]+')}(?![\\p{L}\\p{N}])`,
          'giu',
        ),
    );
  return (texts) => {
    let findings = 0;
    for (const text of texts) for (const regex of regexes) findings += text.match(regex)?.length ?? 0;
    return findings;
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// CPU time of this process, not wall time: the shared 2-core machine is busy
// with other work, which stretches wall time by a factor of 2 or more at random.
const time = (rule, documents) => {
  const start = process.cpuUsage();
  const findings = lintCorpus(rule, documents).length;
  const { user, system } = process.cpuUsage(start);
  return { seconds: (user + system) / 1e6, findings };
};

const parseStart = process.cpuUsage();
const documents = parsedCorpus();
const parseCpu = process.cpuUsage(parseStart);
const parseSeconds = (parseCpu.user + parseCpu.system) / 1e6;
const real = charterLanguage;
const large = createCharterLanguage({ en: grown(lexicons.en), fr: grown(lexicons.fr) });

// One warm-up each (JIT, and the lexicons compile on first use), then alternate.
const warm = [time(real, documents), time(large, documents)];
const timings = { real: [], large: [] };
for (let run = 0; run < runs; run++) {
  timings.real.push(time(real, documents).seconds);
  timings.large.push(time(large, documents).seconds);
}

const PEER_FILES = 200;
const texts = documents.slice(0, PEER_FILES).map(({ tree }) => toString(tree));
const peers = { real: regexPerPhrase(lexicons.en), large: regexPerPhrase(grown(lexicons.en)) };
const cpu = (run) => {
  const start = process.cpuUsage();
  run(texts);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
};
const peerTimings = { real: [], large: [] };
for (let run = 0; run < 3; run++) {
  peerTimings.real.push(cpu(peers.real));
  peerTimings.large.push(cpu(peers.large));
}
const peerRatio = median(peerTimings.large) / median(peerTimings.real);
const realMedian = median(timings.real);
const largeMedian = median(timings.large);
const ratio = largeMedian / realMedian;
const fullRatio = (parseSeconds + largeMedian) / (parseSeconds + realMedian);

console.log(`Corpus: ${documents.length} files, parsed once in ${parseSeconds.toFixed(1)} s of CPU time`);
console.log(
  `Findings: ${warm[0].findings} with the shipped lexicons, ${warm[1].findings} with ${SYNTHETIC} more entries\n`,
);
console.log(
  table(
    ['lexicon', `rule CPU time, median of ${runs} (s)`, 'all runs (s)'],
    [
      ['shipped (en + fr)', realMedian.toFixed(2), timings.real.map((s) => s.toFixed(2)).join(' ')],
      [
        `shipped + ${SYNTHETIC} entries per language`,
        largeMedian.toFixed(2),
        timings.large.map((s) => s.toFixed(2)).join(' '),
      ],
    ],
  ),
);
console.log(`
Target: +${SYNTHETIC} entries changes lint time by ≤ 10 %
- rule time alone: ${ratio.toFixed(3)}× (${ratio <= 1.1 ? 'met' : 'MISSED'})
- parse + rule: ${fullRatio.toFixed(3)}× (${fullRatio <= 1.1 ? 'met' : 'MISSED'})

Peer, one regular expression per phrase (English lexicon, first ${PEER_FILES} files, median of 3 CPU times):
- shipped: ${median(peerTimings.real).toFixed(2)} s, + ${SYNTHETIC} entries: ${median(peerTimings.large).toFixed(2)} s, ${peerRatio.toFixed(2)}×`);
if (ratio > 1.1) process.exitCode = 1;
