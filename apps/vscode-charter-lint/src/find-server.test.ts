import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findServer } from './find-server.js';

// The monorepo's @alima/charter-lint (vitest runs in this folder), linked as npm installs it in a content repository.
const charterLint = dirname(
  createRequire(join(process.cwd(), 'package.json')).resolve('@alima/charter-lint/package.json'),
);

function contentRepository(withLinter: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'vscode-charter-lint-'));
  mkdirSync(join(root, 'drafts/fr'), { recursive: true });
  if (withLinter) {
    mkdirSync(join(root, 'node_modules/@alima'), { recursive: true });
    symlinkSync(charterLint, join(root, 'node_modules/@alima/charter-lint'), 'dir');
  }
  return root;
}

describe('findServer', () => {
  it("finds the workspace's own language server, from the root or a sub-folder", () => {
    const root = contentRepository(true);
    const server = findServer(root);
    expect(server).toMatch(/bin[\\/]charter-lint-language-server\.js$/);
    expect(existsSync(server ?? '')).toBe(true);
    expect(findServer(join(root, 'drafts/fr'))).toBe(server);
  });

  it('finds nothing where the package is not installed', () => {
    expect(findServer(contentRepository(false))).toBeUndefined();
  });
});
