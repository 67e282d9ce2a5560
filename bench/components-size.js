// Size of @alima/components, as a page pays for it (minified, then gzip -9).
// Targets (components issue): each element's own code ≤ 2.5 kB — its entry
// point bundled with Lit and the shared internals (src/internal: localization,
// warnings, base styles, the footnote registry…, paid once per page and listed
// on their own rows, by who uses them) left external;
// each element's entry point alone with Lit (what a page that loads only that
// element ships up front; what it loads later is shown apart: a stat card
// loads the footnote marker on first need, the source list its notes and
// markers just after it, the footnote elements their development checks once
// the page has settled) ≤ 9 kB; the package root's named import of one class
// (`import { AlimaStatCard } from '@alima/components'`) costs what that
// element's entry costs (tree shaking); the single-file CDN bundle of every
// element with Lit ≤ 14 kB. Lit alone is
// measured in the same run as the peer. The entry with the internals included
// (what a page that loads a single element pays on top of Lit) is shown too.
//
//   npm run build -w @alima/components && node bench/components-size.js
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { table } from './lib/measure.js';

const components = fileURLToPath(new URL('../packages/components/', import.meta.url));
const ELEMENT_BUDGET = 2.5 * 1024;
const CDN_BUDGET = 14 * 1024;
const WITH_LIT_BUDGET = 9 * 1024;
const ENTRIES = [
  'stat-card',
  'stat-group',
  'photo-credit',
  'footnote-ref',
  'footnote',
  'footnotes',
  'donate-button',
];
const LIT = /^(lit|@lit\/reactive-element|lit-html|lit-element)(\/|$)/;
const SHARED = /\/internal\//;
/** Shared internals, by who pays for them: each group is loaded once per page that uses it. */
const SHARED_GROUPS = [
  [
    'every element: localization, strings, warnings, registration, base styles',
    ['localize', 'translations', 'dev-warnings', 'define', 'host-styles', 'a11y.styles'],
  ],
  ['footnote elements: numbering registry', ['footnote-registry']],
  ['stat group, footnotes: heading levels', ['heading-level']],
  ['donate button: URL checks', ['safe-url']],
];

const gzipped = (code) => gzipSync(code, { level: 9 }).length;
const kB = (bytes) => (bytes / 1024).toFixed(2);

/**
 * Bundles one module the way a page's bundler would, minified, keeping out
 * what `external` matches. Returns the code loaded up front (the entry chunk
 * and what it imports statically) and all of it, lazily loaded chunks
 * (`import()`, e.g. the footnote marker a stat card loads on first need, or the
 * footnote checks) included.
 */
async function bundleChunks(entry, external = () => false) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: components,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { external, output: { minify: true } },
    },
  });
  const chunks = [output]
    .flat()
    .flatMap((result) => result.output)
    .filter((chunk) => chunk.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  const visit = (chunk) => {
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  const code = (list) => list.map((chunk) => chunk.code).join('\n');
  return { initial: code([...initial]), all: code(chunks) };
}

const bundle = async (entry, external) => (await bundleChunks(entry, external)).all;

const dist = (file) => `${components}dist/${file}`;
const cdnFile = dist('cdn/alima-components.js');
if (!existsSync(dist('index.js')) || !existsSync(cdnFile)) {
  console.error('packages/components/dist is missing: run `npm run build -w @alima/components` first.');
  process.exit(1);
}

const isLit = (id) => LIT.test(id);
/** Another element's entry point (`footnotes.js` loads `footnote.js`): counted under its own name. */
const isOtherEntry = (entry) => (id) => {
  const name =
    /^\.\/([a-z-]+)\.js$/.exec(id)?.[1] ??
    (id.startsWith(dist('')) ? /^([a-z-]+)\.js$/.exec(id.slice(dist('').length))?.[1] : undefined);
  return name !== undefined && name !== entry && ENTRIES.includes(name);
};
const rows = [];
let over = false;
for (const name of ENTRIES) {
  const isOther = isOtherEntry(name);
  const own = gzipped(await bundle(dist(`${name}.js`), (id) => isLit(id) || SHARED.test(id) || isOther(id)));
  const alone = gzipped(await bundle(dist(`${name}.js`), isLit));
  const chunks = await bundleChunks(dist(`${name}.js`));
  const withLit = gzipped(chunks.initial);
  const lazy = gzipped(chunks.all) - withLit;
  over ||= own > ELEMENT_BUDGET || withLit > WITH_LIT_BUDGET;
  rows.push([
    `${name}.js`,
    kB(own),
    kB(alone),
    lazy > 0 ? `${kB(withLit)} (+${kB(lazy)} later)` : kB(withLit),
    `${kB(ELEMENT_BUDGET)} / ${kB(WITH_LIT_BUDGET)}`,
    `${(own / ELEMENT_BUDGET).toFixed(2)} / ${(withLit / WITH_LIT_BUDGET).toFixed(2)}`,
  ]);
}
const scratch = mkdtempSync(join(tmpdir(), 'alima-size-'));
{
  // The package root, imported by name as an app would: only the stat card (and its marker) should remain.
  const entry = join(scratch, 'root-named-import.js');
  writeFileSync(
    entry,
    `import { AlimaStatCard } from ${JSON.stringify(dist('index.js'))};\nconsole.log(AlimaStatCard);\n`,
  );
  const named = gzipped((await bundleChunks(entry)).initial);
  const statCard = gzipped((await bundleChunks(dist('stat-card.js'))).initial);
  over ||= named > statCard * 1.05;
  rows.push([
    "root: import { AlimaStatCard } from '@alima/components'",
    '',
    '',
    kB(named),
    `${kB(statCard)} (stat-card.js)`,
    (named / statCard).toFixed(2),
  ]);
}
for (const [index, [who, modules]] of SHARED_GROUPS.entries()) {
  const entry = join(scratch, `shared-${index}.js`);
  const files = modules.map((name) => dist(`internal/${name}.js`)).filter((file) => existsSync(file));
  writeFileSync(entry, files.map((file) => `export * from ${JSON.stringify(file)};\n`).join(''));
  // Other groups' modules are external: each group is counted once.
  const elsewhere = (id, importer) => {
    const file = id.startsWith('.') && importer ? fileURLToPath(new URL(id, pathToFileURL(importer))) : id;
    return SHARED.test(file) && !files.includes(file);
  };
  rows.push([
    `shared: ${who}`,
    kB(gzipped(await bundle(entry, (id, importer) => isLit(id) || elsewhere(id, importer)))),
    '',
    '',
    '',
    '',
  ]);
}
const lit = gzipped(await bundle(fileURLToPath(import.meta.resolve('lit', `file://${components}`))));
rows.push(['peer: lit (everything it exports)', '', '', kB(lit), '', '']);
const cdnSize = gzipped(readFileSync(cdnFile));
over ||= cdnSize > CDN_BUDGET;
rows.push([
  'cdn/alima-components.js (all elements + Lit)',
  '',
  '',
  kB(cdnSize),
  kB(CDN_BUDGET),
  (cdnSize / CDN_BUDGET).toFixed(2),
]);

console.log('Sizes in kB, minified then gzip -9.\n');
console.log(
  table(['Bundle', 'Own code', 'Entry alone (+ shared)', 'With Lit', 'Budget', 'Size / budget'], rows),
);
console.log(`\nCDN bundle = ${(cdnSize / lit).toFixed(2)}× Lit alone.`);
if (over) {
  console.error('\nOver budget.');
  process.exitCode = 1;
}
