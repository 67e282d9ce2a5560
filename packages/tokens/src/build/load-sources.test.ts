import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSources } from './load-sources.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function packageWith(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'alima-tokens-src-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('loadSources', () => {
  it('reads the category files in name order, skipping other files, and the dark theme', () => {
    const { base, dark } = loadSources(
      packageWith({
        'src/tokens/spacing.tokens.json': '{ "space": {} }',
        'src/tokens/color.tokens.json': '{ "color": {} }',
        'src/tokens/notes.md': '# not tokens',
        'src/themes/dark.tokens.json': '{}',
      }),
    );
    expect(base).toEqual([
      { file: 'src/tokens/color.tokens.json', document: { color: {} } },
      { file: 'src/tokens/spacing.tokens.json', document: { space: {} } },
    ]);
    expect(dark.file).toBe('src/themes/dark.tokens.json');
  });

  it('names the file and line of invalid JSON', () => {
    const dir = packageWith({
      'src/tokens/color.tokens.json': '{\n  "color": {\n    "text": 1,\n  }\n}',
      'src/themes/dark.tokens.json': '{}',
    });
    expect(() => loadSources(dir)).toThrow(
      /^src\/tokens\/color\.tokens\.json: is not valid JSON at line 4, column 3/,
    );
  });

  it('names a missing dark theme file', () => {
    const dir = packageWith({ 'src/tokens/color.tokens.json': '{}' });
    expect(() => loadSources(dir)).toThrow('src/themes/dark.tokens.json: cannot be read (ENOENT)');
  });
});
