import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeStaleTemporaries, temporaryName } from './temporary-files.js';

/** The file changed (or went away) on disk between our read and our write: nothing was written. */
export class ChangedOnDiskError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed or was removed while it was being fixed; not written. Run --fix again.`);
    this.name = 'ChangedOnDiskError';
  }
}

/** The file has no write permission: `--fix` leaves it alone rather than replace it. */
export class ReadOnlyFileError extends Error {
  constructor(readonly file: string) {
    super(`${file} is read-only; not fixed. Make it writable to let --fix change it.`);
    this.name = 'ReadOnlyFileError';
  }
}

/** What we read, to tell later whether the file is still the same. */
export interface ReadSnapshot {
  content: Uint8Array;
  mtimeMs: number;
}

/** A path that is not a regular file (a folder, a FIFO, a device): reading it could block or mean nothing. */
export class NotAFileError extends Error {
  readonly code: 'EISDIR' | 'ENOTFILE';
  constructor(
    readonly file: string,
    folder: boolean,
  ) {
    super(`${file} is not a regular file`);
    this.name = 'NotAFileError';
    this.code = folder ? 'EISDIR' : 'ENOTFILE';
  }
}

/**
 * Reads a regular file and its modification time from one open descriptor
 * (non-blocking, so a FIFO named by mistake fails instead of hanging).
 */
export function readSnapshot(file: string): ReadSnapshot {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotAFileError(file, stats.isDirectory());
    return { content: readFileSync(fd), mtimeMs: stats.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

function unchanged(file: string, snapshot: ReadSnapshot): boolean {
  const stats = statSync(file, { throwIfNoEntry: false });
  return (
    stats !== undefined &&
    stats.mtimeMs === snapshot.mtimeMs &&
    Buffer.from(snapshot.content).equals(readFileSync(file))
  );
}

/** Rewrites the file's own inode: hard links keep sharing it, owner and mode stay as they are. */
function writeInPlace(file: string, content: string | Uint8Array): void {
  const fd = openSync(file, 'r+');
  try {
    ftruncateSync(fd, 0);
    writeFileSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `content` to a temporary file beside `file` with the file's mode and
 * owner; false when the owner cannot be given back (not running as root),
 * so the caller writes in place instead.
 */
function writeTemporary(temporary: string, content: string | Uint8Array, stats: Stats): boolean {
  writeFileSync(temporary, content, { flag: 'wx', mode: 0o600 });
  const written = statSync(temporary);
  if (written.uid !== stats.uid || written.gid !== stats.gid) {
    try {
      chownSync(temporary, stats.uid, stats.gid);
    } catch {
      rmSync(temporary, { force: true });
      return false;
    }
  }
  // After chown, which clears set-id bits; an explicit mode, as the umask would narrow 0666 to 0644.
  chmodSync(temporary, stats.mode & 0o7777);
  return true;
}

/**
 * Replaces `file`'s content with `content` and nothing else. Through a symbolic
 * link, the target is written. Normally atomically: a temporary file in the
 * same folder gets the file's mode and owner, and is renamed over the file
 * right after checking that the file still has the content and mtime we
 * read, so a reader never sees a half-written file and an edit made while
 * we linted is never overwritten. A file with several hard links, or whose
 * owner we cannot give back, is rewritten in place instead (a rename would
 * detach it from its other names, or change its owner). A read-only file
 * is refused.
 */
export function writeIfUnchanged(file: string, snapshot: ReadSnapshot, content: string | Uint8Array): void {
  let target: string;
  try {
    target = realpathSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ChangedOnDiskError(file);
    throw error;
  }
  const stats = statSync(target);
  if ((stats.mode & 0o222) === 0) throw new ReadOnlyFileError(file);
  const folder = dirname(target);
  removeStaleTemporaries(folder);
  const temporary = join(folder, temporaryName(basename(target), randomBytes(6).toString('hex')));
  const replaced = stats.nlink === 1 && writeTemporary(temporary, content, stats);
  try {
    if (!unchanged(target, snapshot)) throw new ChangedOnDiskError(file);
    if (replaced) renameSync(temporary, target);
    else writeInPlace(target, content);
  } catch (error) {
    if (replaced) rmSync(temporary, { force: true });
    throw error;
  }
}
