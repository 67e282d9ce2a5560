#!/usr/bin/env node
// The `charter-lint` command; the code is compiled to dist/ (npm run build).
import { tuneJitForBatch } from '../dist/cli/batch-jit.js';

// Before the linter loads and its workers start: see batch-jit.ts.
tuneJitForBatch(process.execArgv);
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
