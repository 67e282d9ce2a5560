import { main } from '../src/cli/main.js';

/** The command's environment in `cwd`, collecting what it prints. */
export function output(cwd: string) {
  const chunks = { stdout: '', stderr: '' };
  return {
    chunks,
    io: (stopWatching?: Promise<void>) => ({
      cwd,
      stdout: { write: (text: string) => (chunks.stdout += text) },
      stderr: { write: (text: string) => (chunks.stderr += text) },
      ...(stopWatching ? { stopWatching } : {}),
    }),
  };
}

/** Runs `alima-render args` in `cwd`: its exit code and what it printed. */
export async function runIn(cwd: string, args: string[]) {
  const { chunks, io } = output(cwd);
  const code = await main(args, io());
  return { code, ...chunks };
}
