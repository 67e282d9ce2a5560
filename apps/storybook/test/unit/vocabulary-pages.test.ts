import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lexicons } from '@alima/charter-lint';

const script = fileURLToPath(new URL('../../scripts/generate-vocabulary-pages.js', import.meta.url));
const run = (...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe' });

describe('the vocabulary pages', () => {
  let scratch: string | undefined;
  afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));

  it('are current with the lexicon (regenerate: npm run vocabulary-pages -w @alima/storybook)', () => {
    expect(run('--check')).toContain('2 vocabulary pages');
  });

  it('give every entry a heading in the forms writers type, never pattern syntax', () => {
    scratch = mkdtempSync(join(tmpdir(), 'vocabulary-'));
    run('--out', scratch);
    for (const [lang, file] of [
      ['en', 'english.mdx'],
      ['fr', 'french.mdx'],
    ] as const) {
      const page = readFileSync(join(scratch, file), 'utf8');
      const headings = page.split('\n').filter((line) => line.startsWith('### '));
      expect(headings).toHaveLength(lexicons[lang].entries.length);
      for (const heading of headings) expect(heading).not.toMatch(/[{|}]/);
      for (const entry of lexicons[lang].entries) expect(page).toContain(`entry="${entry.id}"`);
    }
    expect(readFileSync(join(scratch, 'english.mdx'), 'utf8')).toMatch(/^### .*aids victim/m);
    expect(readFileSync(join(scratch, 'french.mdx'), 'utf8')).toMatch(/^### .*malnutris/m);
  });
});
