import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** `.draft.md.charter-lint-<pid>-<random>.tmp`: a dot-file no scan lints, naming the process that writes it. */
const TEMPORARY = /^\..+\.charter-lint-(\d+)-[\da-f]+\.tmp$/;

export function temporaryName(file: string, random: string): string {
  return `.${file}.charter-lint-${process.pid}-${random}.tmp`;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const cleaned = new Set<string>();

/**
 * Removes the temporary files a `--fix` run killed mid-write (kill -9, power
 * cut) left in `folder`: those whose writing process no longer runs. Once
 * per folder and process, so fixing many files in one folder lists it once.
 */
export function removeStaleTemporaries(folder: string): void {
  if (cleaned.has(folder)) return;
  cleaned.add(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !running(Number(pid))) {
      rmSync(join(folder, name), { force: true });
    }
  }
}
