import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * How long one spawned run may take: seconds are enough on an idle machine,
 * but a loaded 2-core CI runner can keep a process waiting for a core.
 */
export const SPAWN_TIMEOUT_MS = 90_000;
/** The command as installed: bin/charter-lint.js importing dist/. */
export const binPath = join(packageRoot, 'bin/charter-lint.js');

const newest = (folder: string): number =>
  Math.max(
    0,
    ...readdirSync(folder, { withFileTypes: true }).map((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    }),
  );

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Whether the process that took the lock is gone (a run killed mid-build leaves its lock behind). */
function ownerIsGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // Taken a moment ago, its pid not yet written: the owner is alive.
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Builds dist/ when it is missing or older than src/, so spawned-process
 * tests run the code under test. A lock folder keeps two test files from
 * compiling at once; a lock whose process died is taken over. Type errors elsewhere do not stop tsc from emitting.
 */
export function ensureBuilt(): void {
  const lock = join(packageRoot, '.build-lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (ownerIsGone(lock)) rmSync(lock, { recursive: true, force: true });
      else if (waited > 120_000) throw new Error('Timed out waiting for another test build');
      else sleep(100);
    }
  }
  try {
    const built = statSync(join(packageRoot, 'dist/cli/main.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (built >= newest(join(packageRoot, 'src'))) return;
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: packageRoot, stdio: 'ignore' });
    statSync(join(packageRoot, 'dist/engine/lint-worker.js'));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
