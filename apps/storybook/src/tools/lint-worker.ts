/// <reference lib="webworker" />
import { ignoreInsertion, lintDocx, lintText, reporters, rules, textLang } from '@alima/charter-lint';
import charterLint from '@alima/charter-lint/package.json';
import type { DraftSource, LintAnswer, WorkerAnswer, WorkerRequest } from './lint-protocol.js';

/**
 * The draft checker's linter, off the main thread: linting a 5,000-word
 * draft takes hundreds of milliseconds, which on the page would freeze
 * typing. Stateless: every request carries what it needs.
 */

async function lint(source: DraftSource): Promise<LintAnswer> {
  if ('bytes' in source) {
    const report = await lintDocx(new Uint8Array(source.bytes), { filePath: source.filePath });
    // lintDocx speaks the document's language, guessed from its words; the checker's labels follow its messages.
    return { report, lang: textLang(report.messages.map((message) => message.message).join('\n')) };
  }
  const { text } = source;
  // Saved files end with a newline and an editor's text need not: check the draft as the file it will become.
  const report = await lintText(text.endsWith('\n') ? text : `${text}\n`, { filePath: source.filePath });
  return { report, lang: textLang(text) };
}

async function answer(
  request: WorkerRequest,
): Promise<LintAnswer | ReturnType<typeof ignoreInsertion> | string> {
  switch (request.kind) {
    case 'lint':
      return lint(request);
    case 'ignore':
      return ignoreInsertion(request.text, request.line, request.ruleId);
    case 'format':
      return reporters[request.format]([request.report], {
        color: false,
        version: charterLint.version,
        rules,
      });
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data;
  answer(event.data).then(
    (value) => self.postMessage({ id, ok: true, value } satisfies WorkerAnswer),
    (error: unknown) =>
      self.postMessage({
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerAnswer),
  );
});
