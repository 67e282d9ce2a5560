import { parentPort } from 'node:worker_threads';
import { filesChanged, forgetDocument, lintDocument } from './lint-document.js';
import type { FilesChangedRequest, ForgetRequest, LintReply, LintRequest } from './lint-thread.js';

// The language server's lint thread: lints each document version it is sent, in order.
let queue = Promise.resolve();
parentPort?.on('message', (request: LintRequest | ForgetRequest | FilesChangedRequest) => {
  if ('forget' in request) {
    queue = queue.then(() => forgetDocument(request.forget));
    return;
  }
  if ('filesChanged' in request) {
    queue = queue.then(filesChanged);
    return;
  }
  const { id, uri, text } = request;
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
