import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleIds } from '@alima/charter-lint';

const script = fileURLToPath(new URL('../../scripts/generate-rule-pages.js', import.meta.url));
const run = (...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe' });

describe('the rule book pages', () => {
  let scratch: string | undefined;
  afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));

  it('are current with the charter-lint catalogue (regenerate: npm run rule-pages -w @alima/storybook)', () => {
    expect(run('--check')).toContain(`${ruleIds.length} rule pages`);
  });

  it('name the missing and the removed rules when out of date', () => {
    scratch = mkdtempSync(join(tmpdir(), 'rule-pages-'));
    writeFileSync(join(scratch, 'retired-rule.mdx'), '');
    let stderr = '';
    try {
      run('--check', '--out', scratch);
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toContain('no such rule any more: retired-rule.mdx');
    for (const id of ruleIds) expect(stderr).toContain(`missing or changed: ${id}.mdx`);
  });

  it('gives every rule a page of its own, titled by its id', () => {
    scratch = mkdtempSync(join(tmpdir(), 'rule-pages-'));
    run('--out', scratch);
    const dir = scratch;
    const pages = ruleIds.map((id) => readFileSync(join(dir, `${id}.mdx`), 'utf8'));
    pages.forEach((page, index) => {
      expect(page).toContain(`<Meta title="Writing rules/${ruleIds[index]}" />`);
      expect(page).toContain(`<rule-page rule="${ruleIds[index]}"></rule-page>`);
    });
  });
});
