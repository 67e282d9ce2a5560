#!/usr/bin/env node
// The `charter-lint` command; the code is compiled to dist/ (npm run build).
import { tuneV8ForBatch } from '../dist/cli/batch-v8-flags.js';

// Before the linter loads and its workers start: see batch-v8-flags.ts.
tuneV8ForBatch(process.execArgv);
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
