import { spawnSync } from 'node:child_process';
import { binPath } from './built.js';

/**
 * The installed command, as a writer or CI runs it: a real process, real
 * exit codes, `input` on stdin. Timeouts sized for a loaded 2-core machine.
 */
export function spawnCli(args: string[], cwd: string, input?: string, env: Record<string, string> = {}) {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, ...env },
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
