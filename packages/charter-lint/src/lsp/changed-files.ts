import { statSync, type Stats } from 'node:fs';

/** A path's stats when it is a regular file; `undefined` when it is not one or cannot be looked at. */
function fileStats(path: string): Stats | undefined {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats?.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the language server derives from files on disk (a draft's facts, its
 * scope), derived again only when a file's modification time or size
 * changes: each lint asks again, and a few stat calls are all it costs.
 */
export class ChangedFiles<Value> {
  private readonly known = new Map<string, { mtimeMs: number; size: number; value: Value }>();

  /** `derive(path)`'s value for the file as it is now; `undefined` when it is not a readable regular file. */
  get(path: string, derive: (path: string) => Value): Value | undefined {
    const stats = fileStats(path);
    if (stats === undefined) return undefined;
    const known = this.known.get(path);
    if (known?.mtimeMs === stats.mtimeMs && known.size === stats.size) return known.value;
    const value = derive(path);
    this.known.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, value });
    return value;
  }
}
