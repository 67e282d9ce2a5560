import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary folder holding `files` (path → text or bytes); returns its path. */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'charter-lint-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A draft with one error-level finding (an undefined footnote) and one warning (MD045). */
export const DRAFT_WITH_ERROR = 'A claim.[^missing]\n\n![](photo.jpg)\n';
/** A draft with nothing to report. */
export const CLEAN_DRAFT = '# Clean\n\nNothing to report here.\n';
/** A draft with one markdownlint warning (MD012, blank lines) and nothing a charter rule reports. */
export const WARNING_ONLY_DRAFT = '# Title\n\nText.\n\n\nMore text.\n';
