// charter-lint on web pages against charter-lint on Markdown (issue #13): the
// digitalgov corpus converted to HTML by pandoc in setup (not timed), then
// charter-lint on the Markdown and on the HTML, rounds interleaved, same run.
// Target: linting the HTML costs at most 1.5× linting its Markdown.
//
//   node bench/charter-lint-html.js            # one round
//   node bench/charter-lint-html.js --runs 3   # 3 rounds, interleaved; medians (lower middle if even)
//
// The Markdown run the target is about is the command's default (charter rules
// and markdownlint); the HTML run has no markdownlint (it does not run on
// HTML), so the charter rules alone on the Markdown are timed too. Each page is the
// Markdown file's body (front matter left out: pandoc's GFM reader rejects
// Hugo's) as a standalone page, `pandoc -f gfm -t html -s`.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CORPUS, markdownFiles } from './lib/corpus.js';
import { table } from './lib/measure.js';
import { measureRounds, roundsFromArgs } from './lib/rounds.js';

const cli = fileURLToPath(new URL('../packages/charter-lint/bin/charter-lint.js', import.meta.url));
const node = process.execPath;
const run = promisify(execFile);

/** The corpus as HTML pages under `out`, same relative paths with `.html`, converted two at a time per core. */
async function convert(files, out) {
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index];
      const markdown = readFileSync(file, 'utf8');
      const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
      const target = join(out, relative(CORPUS, file).replace(/\.(md|markdown)$/i, '.html'));
      mkdirSync(dirname(target), { recursive: true });
      const pagetitle = relative(CORPUS, file);
      const child = run(
        'pandoc',
        ['-f', 'gfm', '-t', 'html', '-s', '-M', `pagetitle=${pagetitle}`, '-o', target],
        {
          maxBuffer: 1 << 28,
        },
      );
      child.child.stdin.end(body);
      await child;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, cpus().length * 2) }, worker));
}

const files = markdownFiles();
const html = mkdtempSync(join(tmpdir(), 'charter-lint-html-bench-'));
try {
  const started = Date.now();
  await convert(files, html);
  console.log(
    `Corpus: ${files.length} Markdown files in ${CORPUS}, converted to HTML in ${html} (${((Date.now() - started) / 1000).toFixed(0)} s, not timed)\n`,
  );

  const runs = [
    ['charter-lint on the Markdown', [cli, '--format', 'json', '.'], CORPUS],
    [
      'charter-lint --no-markdownlint on the Markdown',
      [cli, '--format', 'json', '--no-markdownlint', '.'],
      CORPUS,
    ],
    ['charter-lint on the HTML', [cli, '--format', 'json', '**/*.html'], html],
  ];
  const measured = measureRounds(
    runs.map(([name, args, cwd]) => [name, node, args, cwd]),
    roundsFromArgs(),
  );
  // Every run must have linted every file: a page left out would flatter the HTML run.
  const results = new Map(
    [...measured].map(([name, result]) => {
      const { status, stdout } = result.last;
      return [name, { ...result, files: status === 0 || status === 1 ? JSON.parse(stdout).length : 0 }];
    }),
  );
  const markdown = results.get('charter-lint on the Markdown');
  console.log(
    '\n' +
      table(
        [
          'run',
          'files',
          'wall time (s)',
          'user CPU (s)',
          'peak memory (MiB)',
          '× Markdown (wall)',
          '× Markdown (CPU)',
        ],
        [...results].map(([name, result]) => [
          name,
          result.files,
          result.seconds.toFixed(1),
          result.userSeconds.toFixed(1),
          result.peakMiB.toFixed(0),
          (result.seconds / markdown.seconds).toFixed(2),
          (result.userSeconds / markdown.userSeconds).toFixed(2),
        ]),
      ),
  );
  const ratio = results.get('charter-lint on the HTML').seconds / markdown.seconds;
  console.log(`\nTarget: HTML ≤ 1.5× Markdown: ${ratio.toFixed(2)}× (${ratio <= 1.5 ? 'met' : 'MISSED'})`);
  if (ratio > 1.5) process.exitCode = 1;
} finally {
  rmSync(html, { recursive: true, force: true });
}
