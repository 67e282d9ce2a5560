/** What the common system errors mean, for a writer reading a report. */
const MEANINGS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  ELOOP: 'too many symbolic links, probably a loop',
  ENOTFILE: 'not a regular file',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is busy',
};

/**
 * `EACCES: permission denied`: a system error as one line, code first (for
 * scripts) and its meaning (for people), never a stack trace.
 */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return MEANINGS[code] ? `${code}: ${MEANINGS[code]}` : code;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
