import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packageVersion } from '../cli/version.js';
import { markdownlintRules } from '../markdownlint/known-rules.js';
import type { LintedFile, LintFileOptions } from './lint-file.js';

/** Where `--cache` keeps results unless `--cache-location` says otherwise (relative to the working folder). */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/charter-lint/';

const CACHE_FILE_NAME = 'cache.json';

interface CacheEntry extends LintedFile {
  /** Hash of the file's content, its configuration and the linter's version. */
  key: string;
}

interface CacheData {
  version: string;
  entries: Record<string, CacheEntry>;
}

/** The linter's identity in cache keys: a new charter-lint or markdownlint invalidates every entry. */
const linterVersion = () => `${packageVersion()}+markdownlint@${markdownlintRules.version}`;

/**
 * The cache file for `--cache-location`, relative to `cwd`: a folder (an
 * existing one, or a path ending in a separator) holds `cache.json`;
 * anything else is the file itself.
 */
export function cacheFilePath(location: string, cwd: string): string {
  const path = resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || statSync(path, { throwIfNoEntry: false })?.isDirectory();
  return isFolder ? join(path, CACHE_FILE_NAME) : path;
}

/**
 * `--cache`: the report of each file whose content, configuration and linter
 * version are unchanged since the last run, so it is not linted again. A
 * missing, unreadable or foreign cache file is an empty cache.
 */
export class LintCache {
  private readonly data: CacheData;
  private changed = false;

  constructor(private readonly file: string) {
    const version = linterVersion();
    let data: CacheData = { version, entries: {} };
    try {
      const read = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheData>;
      if (read.version === version && typeof read.entries === 'object' && read.entries !== null)
        data = read as CacheData;
    } catch {
      // No cache yet, or one this version cannot read: start afresh.
    }
    this.data = data;
  }

  /**
   * The key of `content` linted with `options` (the shown path aside: it does
   * not change findings; and whether only facts are wanted: a full entry has them).
   */
  static key(content: Uint8Array, options: LintFileOptions): string {
    const { displayPath: _shown, factsOnly: _factsOnly, ...settings } = options;
    return createHash('sha256').update(content).update('\0').update(JSON.stringify(settings)).digest('hex');
  }

  /** The report (and the project rules' facts, when they were gathered) kept for `path` under `key`. */
  get(path: string, key: string): LintedFile | undefined {
    const entry = this.data.entries[path];
    if (entry?.key !== key) return undefined;
    return entry.facts === undefined
      ? { report: entry.report }
      : { report: entry.report, facts: entry.facts };
  }

  /**
   * Keeps a report and its facts, so the project rules can compare a file
   * the run did not lint again; failures (unreadable files, internal errors)
   * are not kept, so they are tried again.
   */
  set(path: string, key: string, linted: LintedFile): void {
    if (linted.report.messages.some((message) => message.fatal)) return;
    this.data.entries[path] = { key, ...linted };
    this.changed = true;
  }

  /** Writes the cache (atomically: a crashed run leaves the previous one). */
  save(): void {
    if (!this.changed) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.file);
  }
}
