// @alima/render on a real corpus: rendering every draft of the digitalgov
// corpus (2,781 files, or BENCH_CORPUS) to a page (charter-lint's parser, the
// @alima/render plugins, remark-rehype, rehype-stringify, then @lit-labs/ssr
// with every element), against a plain remark-parse → remark-rehype →
// rehype-stringify pipeline in the same process. The two alternate for
// `--rounds` rounds (default 3) so load on the machine falls on both; the
// median round of each is compared. Target: at most 2× the plain pipeline.
// Exits 1 when over.
//
//   npx turbo run build --filter=@alima/render && node bench/render.js
import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { markdownFiles, CORPUS } from './lib/corpus.js';
import { table } from './lib/measure.js';

const { renderDraft, draftToHtml } = await import(
  new URL('../packages/render/dist/node.js', import.meta.url).href
);

const TARGET = 2;
const roundsArgument = process.argv.indexOf('--rounds');
const rounds = roundsArgument === -1 ? 3 : Number(process.argv[roundsArgument + 1]);
const drafts = markdownFiles().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const plain = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

const pipelines = {
  'remark-parse → remark-rehype → rehype-stringify': async () => {
    for (const { text } of drafts) String(await plain.process(text));
  },
  '@alima/render plugins (HTML with the elements’ tags)': async () => {
    for (const { text, path } of drafts) await draftToHtml(text, { path });
  },
  '@alima/render page (plugins + @lit-labs/ssr)': async () => {
    for (const { text, path } of drafts) await renderDraft(text, { path });
  },
};

const times = Object.fromEntries(Object.keys(pipelines).map((name) => [name, []]));
// One warm-up pass each: module loading and JIT are not what a build of many pages pays per page.
for (const run of Object.values(pipelines)) await run();
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(pipelines)) {
    const start = performance.now();
    await run();
    times[name].push((performance.now() - start) / 1000);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [baseline] = Object.keys(pipelines);
const floor = median(times[baseline]);
console.log(`${drafts.length} drafts from ${CORPUS}, median of ${rounds} rounds (Node ${process.version})\n`);
console.log(
  table(
    ['pipeline', 'seconds', 'ms per draft', 'vs plain'],
    Object.keys(pipelines).map((name) => {
      const seconds = median(times[name]);
      return [
        name,
        seconds.toFixed(2),
        ((1000 * seconds) / drafts.length).toFixed(2),
        `${(seconds / floor).toFixed(2)}×`,
      ];
    }),
  ),
);
const ratio = median(times['@alima/render page (plugins + @lit-labs/ssr)']) / floor;
console.log(
  `\nTarget: the page at most ${TARGET}× the plain pipeline: ${ratio.toFixed(2)}× — ${ratio <= TARGET ? 'met' : 'MISSED'}.`,
);
if (ratio > TARGET) process.exitCode = 1;
