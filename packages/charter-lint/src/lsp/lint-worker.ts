import { parentPort } from 'node:worker_threads';
import { lintDocument } from './lint-document.js';
import type { LintReply, LintRequest } from './lint-thread.js';

// The language server's lint thread: lints each document version it is sent, in order.
let queue = Promise.resolve();
parentPort?.on('message', ({ id, uri, text }: LintRequest) => {
  queue = queue.then(async () => {
    let reply: LintReply;
    try {
      reply = { id, diagnostics: await lintDocument(uri, text) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort?.postMessage(reply);
  });
});
