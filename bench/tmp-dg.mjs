import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { createParser, sourcedFigures, charterLanguage } from '/work/wt/h11/packages/charter-lint/dist/index.js';
import { markdownFiles } from '/work/wt/h11/bench/lib/corpus.js';
const parser = createParser();
const docs = markdownFiles('/work/shared/corpus/digitalgov').map((p) => { const s = readFileSync(p, 'utf8'); return { p, s, tree: parser.parse(s) }; });
const words = docs.reduce((n, d) => n + (toString(d.tree).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
for (const [name, rule] of [['sourced-figures', sourcedFigures], ['charter-language', charterLanguage]]) {
  const proc = createParser().use(rule); let count = 0; const files = new Set();
  for (const d of docs) proc.run(d.tree, { path: d.p, value: d.s }, (e, _t, f) => { if (e) throw e; for (const m of f.messages) { count++; files.add(d.p); } });
  console.log(name, count, files.size, ((count / words) * 10000).toFixed(2), 'per 10k words of', words);
}
