// The shared parse on a real corpus: with markdownlint on, charter-lint
// builds the rules' tree from markdownlint's parse instead of parsing the file
// again (packages/charter-lint/src/parse/shared/). This checks, on every file
// of the corpus, that the shared tree is exactly our own parser's (positions
// included) or that the file was declined and parsed as before, and compares
// the time to build the tree each way. Exits 1 if any shared tree differs.
//
//   npm run build -w @alima/charter-lint && node bench/shared-parse.js
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { markdownFiles } from './lib/corpus.js';

const dist = (path) => new URL(`../packages/charter-lint/dist/${path}`, import.meta.url).href;
const { runMarkdownlint } = await import(dist('markdownlint/run-markdownlint.js'));
const { treeFromMarkdownlint } = await import(dist('parse/shared/tree-from-markdownlint.js'));
const { createParser } = await import(dist('parse/processor.js'));
const { proseConfig } = await import(dist('markdownlint/prose-config.js'));

const parser = createParser();
// Trees compared as their JSON (what a rule can see), so `undefined` fields and plain-object prototypes do not count.
const plain = (tree) => JSON.parse(JSON.stringify(tree));
let shared = 0;
let declined = 0;
const differ = [];
let sharedMs = 0;
let ownMs = 0;
const files = markdownFiles();
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const { parse } = runMarkdownlint(text, proseConfig);
  let start = performance.now();
  const tree = parse && treeFromMarkdownlint(text, parse);
  const built = performance.now() - start;
  start = performance.now();
  const own = parser.parse(text);
  const parsed = performance.now() - start;
  if (tree === undefined) {
    declined += 1;
    continue;
  }
  shared += 1;
  sharedMs += built;
  ownMs += parsed;
  if (!isDeepStrictEqual(plain(tree), plain(own))) differ.push(path);
}

const percent = (part) => `${((100 * part) / files.length).toFixed(1)} %`;
console.log(`| files | shared tree | declined (own parse) | shared tree ≠ own parse |`);
console.log(`| ---: | ---: | ---: | ---: |`);
console.log(
  `| ${files.length} | ${shared} (${percent(shared)}) | ${declined} (${percent(declined)}) | ${differ.length} |`,
);
console.log(
  `\nOn the shared files: building the tree from markdownlint's tokens ${(sharedMs / 1000).toFixed(2)} s, ` +
    `our own parse ${(ownMs / 1000).toFixed(2)} s (${(sharedMs / ownMs).toFixed(2)}×).`,
);
if (differ.length > 0) {
  console.error(`\nShared trees that differ from our parser's:\n${differ.slice(0, 20).join('\n')}`);
  process.exitCode = 1;
}
