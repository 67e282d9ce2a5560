import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file changed on disk between our read and our write: nothing was written. */
export class ChangedOnDiskError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed on disk while it was being fixed; not written. Run --fix again.`);
    this.name = 'ChangedOnDiskError';
  }
}

/** What we read, to tell later whether the file is still the same. */
export interface ReadSnapshot {
  content: Uint8Array;
  mtimeMs: number;
}

export function readSnapshot(file: string): ReadSnapshot {
  const mtimeMs = statSync(file).mtimeMs;
  return { content: readFileSync(file), mtimeMs };
}

function unchanged(file: string, snapshot: ReadSnapshot): boolean {
  const { mtimeMs } = statSync(file);
  return mtimeMs === snapshot.mtimeMs && Buffer.from(snapshot.content).equals(readFileSync(file));
}

/**
 * Replaces `file` with `text` atomically: writes a temporary file in the same
 * folder (same file system, same permissions), checks right before the
 * rename that the file still has the content and mtime we read, then renames
 * over it. A reader never sees a half-written file, and an edit made while
 * we linted is never overwritten.
 */
export function writeIfUnchanged(file: string, snapshot: ReadSnapshot, text: string): void {
  const { mode } = statSync(file);
  const temporary = join(
    dirname(file),
    `.${basename(file)}.charter-lint-${randomBytes(6).toString('hex')}.tmp`,
  );
  writeFileSync(temporary, text, { mode });
  try {
    if (!unchanged(file, snapshot)) throw new ChangedOnDiskError(file);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
