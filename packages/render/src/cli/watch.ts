import { watch } from 'node:fs';
import { relative } from 'node:path';
import type { RenderEnvironment } from './main.js';

/**
 * `--watch`: renders again when a draft under `input` changes (saves arrive
 * as bursts of events, so a render waits for the burst to end), until
 * `io.stopWatching` resolves or the process is interrupted. A render that
 * fails prints why and keeps watching: the writer fixes the draft and saves.
 */
export async function watchDrafts(
  input: string,
  out: string,
  io: RenderEnvironment,
  render: () => Promise<void>,
): Promise<void> {
  io.stderr.write(`alima-render: watching ${relative(io.cwd, input) || input} (Ctrl+C to stop)\n`);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const watcher = watch(input, { recursive: true }, (_event, name) => {
    const changed = name === null ? '' : String(name);
    if (changed !== '' && !/\.(?:md|markdown)$/iu.test(changed) && !input.endsWith(changed)) return;
    if (changed.startsWith(relative(input, out))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        try {
          await render();
        } catch (error) {
          io.stderr.write(`alima-render: ${(error as Error).message}\n`);
        }
      });
    }, 100);
  });
  const stop = io.stopWatching ?? new Promise<void>((done) => process.once('SIGINT', () => done()));
  await stop;
  clearTimeout(timer);
  watcher.close();
  await running;
}
