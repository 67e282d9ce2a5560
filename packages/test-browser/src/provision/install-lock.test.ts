import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withInstallLock } from './install-lock.js';

let folder: string;
let lockPath: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'install-lock-'));
  lockPath = join(folder, 'provision.lock');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('withInstallLock', () => {
  it('holds a lock file naming this process while the work runs, and removes it after', async () => {
    const owner = await withInstallLock(lockPath, async () => readFileSync(lockPath, 'utf8'));
    expect(owner).toBe(String(process.pid));
    expect(existsSync(lockPath)).toBe(false);
  });

  it('removes the lock when the work fails', async () => {
    await expect(withInstallLock(lockPath, () => Promise.reject(new Error('apt-get died')))).rejects.toThrow(
      'apt-get died',
    );
    expect(existsSync(lockPath)).toBe(false);
  });

  it('never lets two holders overlap', async () => {
    let holders = 0;
    let most = 0;
    const work = async () => {
      holders += 1;
      most = Math.max(most, holders);
      await new Promise((resolve) => setTimeout(resolve, 20));
      holders -= 1;
    };
    await Promise.all([1, 2, 3].map(() => withInstallLock(lockPath, work, { pollMs: 2 })));
    expect(most).toBe(1);
  });

  it('waits for a live owner, saying who it waits for, and goes on once the lock is gone', async () => {
    writeFileSync(lockPath, '4242');
    const waitedFor: number[] = [];
    const done = withInstallLock(lockPath, async () => 'ran', {
      pollMs: 2,
      isAlive: (pid) => pid === 4242,
      onWait: (pid) => {
        waitedFor.push(pid);
        // The owner finishes while we wait.
        setTimeout(() => rmSync(lockPath), 20);
      },
    });
    await expect(done).resolves.toBe('ran');
    expect(waitedFor).toEqual([4242]);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    // A real pid whose process has exited, judged by the default liveness check.
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    writeFileSync(lockPath, String(pid));
    const waitedFor: number[] = [];
    const result = await withInstallLock(lockPath, async () => readFileSync(lockPath, 'utf8'), {
      onWait: (owner) => waitedFor.push(owner),
    });
    expect(result).toBe(String(process.pid));
    expect(waitedFor).toEqual([]);
  });
});
