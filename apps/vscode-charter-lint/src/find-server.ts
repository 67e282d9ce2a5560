import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The language server's command name in @alima/charter-lint's `bin`. */
export const SERVER_BIN = 'charter-lint-language-server';

/**
 * The language server of the @alima/charter-lint installed for `folder` (in
 * its node_modules or a parent's, as Node resolves it), or `undefined` when
 * the folder has none. The extension never bundles or downloads the linter:
 * the editor runs the version CI runs.
 */
export function findServer(folder: string): string | undefined {
  let manifestPath: string;
  try {
    manifestPath = createRequire(join(folder, 'package.json')).resolve('@alima/charter-lint/package.json');
  } catch {
    return undefined;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: Record<string, string> };
  const bin = manifest.bin?.[SERVER_BIN];
  return bin === undefined ? undefined : join(dirname(manifestPath), bin);
}
