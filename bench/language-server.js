// How fast do findings follow typing in the editor? Target (issue 12): the
// language server's time from `didChange` to `publishDiagnostics` on a
// 5,000-word draft, p95 ≤ 100 ms. The server is the built bin over stdio,
// driven by a real LSP client (vscode-languageserver-protocol), one
// keystroke at a time: each edit waits for the diagnostics of the previous
// one, as a writer sees them.
//
// Peers in the same run, on the same texts: the engine's own lintText
// in-process (the floor the server adds I/O and JSON to) and markdownlint
// alone in-process (what markdownlint's editor extension computes per edit).
//
// Wall time is what the writer waits, and it includes every other process
// on the machine. CPU time per edit (the server's, from /proc on Linux; the
// in-process runs' from process.cpuUsage) is the work itself, which load does
// not change: the table shows both, with the load average.
//
//   npm run build -w @alima/charter-lint && node bench/language-server.js [--edits 300]
//   (BENCH_CORPUS=/path/to/shared/corpus/digitalgov when the corpus is not at ../../shared)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { lint } from 'markdownlint/sync';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { lintText, proseConfig } from '../packages/charter-lint/dist/index.js';
import { CORPUS, markdownFiles } from './lib/corpus.js';
import { table } from './lib/measure.js';

const edits = Number(process.argv[process.argv.indexOf('--edits') + 1]) || 300;
const WORDS = 5000;
const server = new URL('../packages/charter-lint/bin/charter-lint-language-server.js', import.meta.url);
const mali = readFileSync(new URL('../packages/charter-lint/test/fixtures/mali.md', import.meta.url), 'utf8');

/** The Mali page, then real corpus pages (front matter dropped) until the draft has 5,000 words. */
function draft() {
  let text = mali;
  const words = () => text.split(/\s+/).filter(Boolean).length;
  for (const file of markdownFiles(CORPUS)) {
    if (words() >= WORDS) break;
    text += `\n${readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')}`;
  }
  return { text, words: words() };
}

const { text: initial, words } = draft();
// Typing at a point in the middle of the draft: a letter in, then out again, so every version differs.
const at = initial.indexOf('\n\n', initial.length >> 1);
const texts = Array.from({ length: edits }, (_, index) =>
  index % 2 === 0 ? `${initial.slice(0, at)}x${initial.slice(at)}` : initial,
);
const position = (offset) => {
  const before = initial.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1).length };
};
const point = position(at);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (name, samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return [
    name,
    ...[0, 50, 90, 95, 99, 100].map((p) => (p === 0 ? sorted[0] : percentile(sorted, p)).toFixed(1)),
  ];
};

/** A process's user + system CPU in ms, from /proc (clock ticks of 10 ms), or undefined off Linux. */
function processCpu(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function languageServer() {
  const child = spawn(process.execPath, [server.pathname, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  let waiting;
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => waiting?.(params));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
  });
  const uri = pathToFileURL('/tmp/charter-lint-bench/draft.md').href;
  const published = (version) =>
    new Promise((resolve) => (waiting = (params) => params.version === version && resolve(params)));
  let next = published(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'markdown', version: 1, text: initial },
  });
  const { diagnostics } = await next;
  const samples = [];
  const cpuBefore = processCpu(child.pid);
  for (let index = 0; index < edits; index++) {
    const version = index + 2;
    const insert = index % 2 === 0;
    const range = { start: point, end: insert ? point : { ...point, character: point.character + 1 } };
    next = published(version);
    const start = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text: insert ? 'x' : '' }],
    });
    await next;
    samples.push(performance.now() - start);
  }
  const cpuAfter = processCpu(child.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  const cpuPerEdit = cpuBefore === undefined ? undefined : (cpuAfter - cpuBefore) / edits;
  return { samples, findings: diagnostics.length, cpuPerEdit };
}

async function inProcess(run) {
  const samples = [];
  const cpu = [];
  for (const text of texts) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await run(text);
    const used = process.cpuUsage(startCpu);
    samples.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { samples, cpu };
}

const loadBefore = loadavg()[0];
const lsp = await languageServer();
const floor = await inProcess((text) => lintText(text, { filePath: 'draft.md' }));
const markdownlint = await inProcess((text) => lint({ strings: { draft: text }, config: proseConfig }));

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
console.log(
  `Draft: ${words} words, ${initial.length} characters, ${lsp.findings} findings; ${edits} edits; ` +
    `load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores.\n`,
);
console.log(
  table(
    ['wall ms per edit', 'min', 'p50', 'p90', 'p95', 'p99', 'max', 'mean CPU ms'],
    [
      [
        ...summary('language server: didChange → publishDiagnostics', lsp.samples),
        lsp.cpuPerEdit?.toFixed(1) ?? 'n/a',
      ],
      [...summary('lintText in-process (floor)', floor.samples), mean(floor.cpu).toFixed(1)],
      [
        ...summary('markdownlint alone in-process (peer)', markdownlint.samples),
        mean(markdownlint.cpu).toFixed(1),
      ],
    ],
  ),
);
const p95 = percentile(
  [...lsp.samples].sort((a, b) => a - b),
  95,
);
const p50 = (samples) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
console.log(
  `\np95 ${p95.toFixed(1)} ms (target ≤ 100 ms: ${p95 <= 100 ? 'met' : 'NOT met'}); ` +
    `median × floor ${(p50(lsp.samples) / p50(floor.samples)).toFixed(2)}, × markdownlint alone ${(p50(lsp.samples) / p50(markdownlint.samples)).toFixed(2)}`,
);
process.exitCode = p95 <= 100 ? 0 : 1;
