#!/usr/bin/env node
// The charter-lint language server (`--stdio` for editors); the code is compiled to dist/ (npm run build).
import { runLanguageServer } from '../dist/lsp/main.js';

const code = runLanguageServer(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
if (code !== undefined) process.exitCode = code;
