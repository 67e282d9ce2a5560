import ignore, { type Ignore } from 'ignore';

export type { Ignore };

/**
 * A matcher for gitignore-style patterns (`.gitignore` files and the
 * config's `ignore` key). `ignore` 7 is CommonJS typed with `export =`, so
 * its default import is the factory.
 */
export const ignorePatterns = (patterns: string | readonly string[]): Ignore =>
  ignore().add(patterns as string[]);
