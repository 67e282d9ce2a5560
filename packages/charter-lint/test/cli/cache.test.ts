import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './built.js';
import { folderWith } from './fixtures.js';
import { runJson } from './run-main.js';
import { spawnCli } from './spawn-cli.js';

const DRAFT = 'A claim.[^missing]\n';
const CACHE = 'node_modules/.cache/charter-lint/cache.json';

interface CacheFile {
  entries: Record<string, { key: string; report: { messages: { message: string }[] } }>;
}

/**
 * Rewrites every cached finding's text: a run that prints the rewritten text
 * took it from the cache; one that prints the rule's own text linted again.
 */
function tamper(root: string, file = CACHE): void {
  const cache = JSON.parse(readFileSync(join(root, file), 'utf8')) as CacheFile;
  for (const entry of Object.values(cache.entries))
    for (const message of entry.report.messages) message.message = 'FROM THE CACHE';
  writeFileSync(join(root, file), JSON.stringify(cache));
}

const texts = (reports: { messages: { message: string }[] }[]) =>
  reports.flatMap((report) => report.messages.map((message) => message.message));

describe('--cache', () => {
  it('does not lint again a file whose content, configuration and linter are unchanged', async () => {
    const root = folderWith({ 'a.md': DRAFT, 'b.md': DRAFT });
    const cold = await runJson(['--cache', '.'], root);
    expect(cold.code).toBe(1);
    expect(existsSync(join(root, CACHE))).toBe(true);
    tamper(root);
    const warm = await runJson(['--cache', '.'], root);
    expect(texts(warm.reports)).toEqual(['FROM THE CACHE', 'FROM THE CACHE']);
    expect(warm.code).toBe(1);
    expect(warm.reports.map((report) => report.filePath)).toEqual(['a.md', 'b.md']);
    // Without --cache, the cache is not read.
    expect(texts((await runJson(['.'], root)).reports)).not.toContain('FROM THE CACHE');
  });

  it('lints again a file whose content changed, and only that file', async () => {
    const root = folderWith({ 'a.md': DRAFT, 'b.md': DRAFT });
    await runJson(['--cache', '.'], root);
    tamper(root);
    writeFileSync(join(root, 'b.md'), 'Another claim.[^gone]\n');
    const warm = await runJson(['--cache', '.'], root);
    expect(texts(warm.reports)[0]).toBe('FROM THE CACHE');
    expect(texts(warm.reports)[1]).toContain('[^gone]');
  });

  it('lints again every file when the configuration changes (a charter-lint or markdownlint file)', async () => {
    const root = folderWith({ 'a.md': DRAFT });
    await runJson(['--cache', '.'], root);
    tamper(root);
    writeFileSync(join(root, '.charter-lintrc.json'), '{"rules": {"footnote-undefined": "warning"}}');
    const changed = await runJson(['--cache', '.'], root);
    expect(texts(changed.reports)[0]).toContain('[^missing]');
    expect(changed.reports[0]?.messages[0]?.severity).toBe('warning');
    tamper(root);
    writeFileSync(join(root, '.markdownlint.json'), '{"MD041": true}');
    expect(texts((await runJson(['--cache', '.'], root)).reports)).not.toContain('FROM THE CACHE');
    // Command-line settings are configuration too.
    tamper(root);
    expect(texts((await runJson(['--cache', '--no-markdownlint', '.'], root)).reports)).not.toContain(
      'FROM THE CACHE',
    );
  });

  it('keeps the cache where --cache-location says, a folder or a file', async () => {
    const root = folderWith({ 'a.md': DRAFT, 'tmp/.keep': '' });
    await runJson(['--cache', '--cache-location', 'tmp', '.'], root);
    expect(existsSync(join(root, 'tmp/cache.json'))).toBe(true);
    await runJson(['--cache', '--cache-location', '.lint-cache', '.'], root);
    tamper(root, '.lint-cache');
    expect(texts((await runJson(['--cache', '--cache-location', '.lint-cache', '.'], root)).reports)).toEqual(
      ['FROM THE CACHE'],
    );
    expect(existsSync(join(root, CACHE))).toBe(false);
  });

  it('treats a corrupt cache file as empty', async () => {
    const root = folderWith({ 'a.md': DRAFT, [CACHE]: '{not json' });
    const result = await runJson(['--cache', '.'], root);
    expect(result.code).toBe(1);
    expect(texts(result.reports)[0]).toContain('[^missing]');
    expect(JSON.parse(readFileSync(join(root, CACHE), 'utf8'))).toHaveProperty('entries');
  });
});

describe('--cache (spawned)', { timeout: 120_000 }, () => {
  beforeAll(ensureBuilt, 180_000);

  it('answers the second run from the cache under node_modules/.cache/charter-lint/', () => {
    const root = folderWith({ 'a.md': DRAFT });
    expect(spawnCli(['--cache', '-f', 'json', '.'], root).code).toBe(1);
    tamper(root);
    const warm = spawnCli(['--cache', '-f', 'json', '.'], root);
    expect(warm.code).toBe(1);
    expect(texts(JSON.parse(warm.stdout))).toEqual(['FROM THE CACHE']);
  });
});
