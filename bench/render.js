// @alima/render on a real corpus: rendering every draft of the digitalgov
// corpus (2,781 files, or BENCH_CORPUS) to a page (charter-lint's parser, the
// @alima/render plugins, remark-rehype, rehype-stringify, then @lit-labs/ssr
// with every element), against a plain remark-parse → remark-rehype →
// rehype-stringify pipeline in the same process. The pipelines take turns on
// each draft (in rotating order), so a change of load on the machine falls on
// all of them alike; each one's time is summed over the corpus, for
// `--rounds` rounds (default 1), and the totals are compared. Target: at most
// 2× the plain pipeline. Exits 1 when over.
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
const rounds = roundsArgument === -1 ? 1 : Number(process.argv[roundsArgument + 1]);
const drafts = markdownFiles().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const plain = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

const pipelines = {
  'remark-parse → remark-rehype → rehype-stringify': async ({ text }) => String(await plain.process(text)),
  '@alima/render plugins (HTML with the elements’ tags)': async ({ text, path }) =>
    draftToHtml(text, { path }),
  '@alima/render page (plugins + @lit-labs/ssr)': async ({ text, path }) => renderDraft(text, { path }),
};
const names = Object.keys(pipelines);
const totals = Object.fromEntries(names.map((name) => [name, 0]));
// A warm-up on the first drafts: module loading and JIT are not what a build of many pages pays per page.
for (const draft of drafts.slice(0, 100)) for (const run of Object.values(pipelines)) await run(draft);
for (let round = 0; round < rounds; round++) {
  for (const [index, draft] of drafts.entries()) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(index + turn) % names.length];
      const start = performance.now();
      await pipelines[name](draft);
      totals[name] += (performance.now() - start) / 1000;
    }
  }
}
const floor = totals[names[0]];
console.log(
  `${drafts.length} drafts from ${CORPUS}, ${rounds} round(s), pipelines taking turns per draft (Node ${process.version})\n`,
);
console.log(
  table(
    ['pipeline', 'seconds', 'ms per draft', 'vs plain'],
    names.map((name) => [
      name,
      totals[name].toFixed(2),
      ((1000 * totals[name]) / (drafts.length * rounds)).toFixed(2),
      `${(totals[name] / floor).toFixed(2)}×`,
    ]),
  ),
);
const ratio = totals[names[2]] / floor;
console.log(
  `\nTarget: the page at most ${TARGET}× the plain pipeline: ${ratio.toFixed(2)}× — ${ratio <= TARGET ? 'met' : 'MISSED'}.`,
);
if (ratio > TARGET) process.exitCode = 1;
