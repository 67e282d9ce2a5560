// The parse floor: a plain single-threaded remark parse of every file, the
// least any remark-based linter must spend. `--gfm` adds remark-gfm.
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownFiles } from './lib/corpus.js';

const gfm = process.argv.includes('--gfm');
const root = process.argv.find((arg, index) => index > 1 && !arg.startsWith('--'));
const processor = gfm ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse);
let nodes = 0;
for (const file of markdownFiles(root)) {
  const tree = processor.parse(readFileSync(file, 'utf8'));
  nodes += tree.children.length;
}
console.log(`parsed, ${nodes} top-level nodes`);
