import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** How `withInstallLock` waits and tells whether a lock's owner still runs; injectable for tests. */
export interface LockOptions {
  /** Pause between two looks at a held lock. */
  pollMs?: number;
  /** Whether the process that wrote a lock still runs (a crashed owner must not block forever). */
  isAlive?: (pid: number) => boolean;
  /** Called once when the lock is held by someone else, with the owner's pid. */
  onWait?: (ownerPid: number) => void;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    // 'wx' creates the file or fails if it exists: atomic, so exactly one process wins.
    const fd = openSync(lockPath, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function ownerOf(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `work` while holding a lock file, so that two test runs starting at
 * once (two terminals, two turbo invocations) install the browser once: the
 * second waits for the first and then finds its browser. A lock left by a
 * process that no longer runs is taken over.
 */
export async function withInstallLock<T>(
  lockPath: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const { pollMs = 250, isAlive = processIsAlive, onWait } = options;
  let announced = false;
  while (!tryCreate(lockPath)) {
    const owner = ownerOf(lockPath);
    // An owner that is still writing its pid reads as undefined: wait rather than steal.
    if (owner !== undefined && !isAlive(owner)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (!announced && owner !== undefined) {
      onWait?.(owner);
      announced = true;
    }
    await sleep(pollMs);
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}
