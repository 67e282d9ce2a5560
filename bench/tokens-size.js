// Size budget of @alima/tokens: dist/tokens.css must stay within 3 kB (3,000
// bytes) minified and gzipped. Compared in the same run with Open Props, a
// widely used custom-property token set: its whole bundle, and the files that
// cover the same categories as ours. Run after `npm run build -w @alima/tokens`:
//   node bench/tokens-size.js
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { table } from './lib/measure.js';

const BUDGET = 3000;
const tokensCss = fileURLToPath(new URL('../packages/tokens/dist/tokens.css', import.meta.url));
const OPEN_PROPS_SUBSET = [
  'gray',
  'red',
  'blue',
  'green',
  'yellow',
  'fonts',
  'sizes',
  'borders',
  'durations',
  'easings',
].map((name) => `${name}.min.css`);

/** A trivial minifier: no comments, no whitespace that CSS does not need. */
function minify(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function measureCss(label, css) {
  const minified = minify(css);
  return {
    label,
    raw: Buffer.byteLength(css),
    minified: Buffer.byteLength(minified),
    gzipped: gzipSync(minified).length,
    properties: new Set(minified.match(/--[\w-]+(?=:)/g)).size,
  };
}

if (!existsSync(tokensCss)) {
  console.error('dist/tokens.css is missing: run `npm run build -w @alima/tokens` first.');
  process.exit(2);
}
const rows = [measureCss('@alima/tokens dist/tokens.css', readFileSync(tokensCss, 'utf8'))];

const require = createRequire(import.meta.url);
let openProps;
try {
  openProps = dirname(require.resolve('open-props/package.json'));
} catch {
  console.log('open-props is not installed: reporting @alima/tokens against the budget only.\n');
}
if (openProps) {
  const version = JSON.parse(readFileSync(join(openProps, 'package.json'), 'utf8')).version;
  const read = (file) => readFileSync(join(openProps, file), 'utf8');
  rows.push(
    measureCss(`open-props ${version}: open-props.min.css (everything)`, read('open-props.min.css')),
    measureCss(
      `open-props ${version}: same categories (${OPEN_PROPS_SUBSET.length} files)`,
      OPEN_PROPS_SUBSET.map(read).join('\n'),
    ),
  );
}

const ours = rows[0];
console.log(
  table(
    [
      'CSS',
      'raw B',
      'min B',
      'min+gzip B',
      'custom properties',
      'gzip B per property',
      'vs budget',
      'vs @alima/tokens',
    ],
    rows.map((row) => [
      row.label,
      row.raw,
      row.minified,
      row.gzipped,
      row.properties,
      (row.gzipped / row.properties).toFixed(1),
      `${((row.gzipped / BUDGET) * 100).toFixed(0)} %`,
      `${(row.gzipped / ours.gzipped).toFixed(2)}×`,
    ]),
  ),
);
console.log(`\nBudget: ${BUDGET} B min+gzip (zlib default level). @alima/tokens: ${ours.gzipped} B.`);
if (ours.gzipped > BUDGET) {
  console.error(`Over budget by ${ours.gzipped - BUDGET} B.`);
  process.exitCode = 1;
}
