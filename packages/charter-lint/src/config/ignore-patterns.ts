import ignoreModule, { type Ignore } from 'ignore';

export type { Ignore };

/**
 * A matcher for gitignore-style patterns (`.gitignore` files and the
 * config's `ignore` key). `ignore` is CommonJS typed as an ES module; its
 * `default` is the factory either way.
 */
export const ignorePatterns = (patterns: string | readonly string[]): Ignore =>
  ignoreModule.default().add(patterns as string[]);
