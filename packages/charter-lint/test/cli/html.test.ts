import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { ensureBuilt } from './built.js';
import { CLEAN_DRAFT, folderWith } from './fixtures.js';
import { spawnCli } from './spawn-cli.js';

/** A CMS export: a figure without a source on line 3, an uncredited photo on line 4. */
const PAGE =
  '<!DOCTYPE html>\n<html lang="en"><body>\n' +
  '<p>In 2020 there were 332,957 displaced persons.</p>\n' +
  '<figure><img src="/up/mopti.jpg" alt="Nurses in Mopti"><figcaption>Mopti.</figcaption></figure>\n' +
  '<p>We help the victims of malaria.</p>\n</body></html>\n';

beforeAll(ensureBuilt, 180_000);

describe('charter-lint on HTML pages (spawned)', () => {
  it('lints a page it is given, or a glob matches; a folder scan lints Markdown only', () => {
    const root = folderWith({ 'clean.md': CLEAN_DRAFT, '_site/mali/index.html': PAGE });
    expect(spawnCli([], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    const named = spawnCli(['_site/mali/index.html'], root);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('_site/mali/index.html');
    expect(named.stdout).toMatch(/3:23\s+error\s+.+sourced-figures/);
    const globbed = spawnCli(['**/*.html'], root);
    expect(globbed.code).toBe(1);
    expect(globbed.stdout).toContain('_site/mali/index.html');
  });

  it('reports HTML findings in JSON with the page, the rule and the HTML line and column', () => {
    const root = folderWith({ 'page.html': PAGE });
    const { code, stdout } = spawnCli(['--format', 'json', 'page.html'], root);
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout) as FileReport[];
    expect(report?.filePath).toBe('page.html');
    expect(report?.messages.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([
      ['sourced-figures', 3, 23, '332,957'],
      ['photo-credit', 4, 9, '/up/mopti.jpg'],
      ['charter-language', 5, 16, 'victims of malaria'],
    ]);
  });

  it('reports HTML findings in SARIF, located in the page', () => {
    const root = folderWith({ 'page.html': PAGE });
    const { code, stdout } = spawnCli(['--format', 'sarif', 'page.html'], root);
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout) as {
      runs: {
        results: {
          ruleId: string;
          level: string;
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]?.results ?? [];
    expect(
      results.map((result) => {
        const location = result.locations[0]?.physicalLocation;
        return [
          result.ruleId,
          result.level,
          location?.artifactLocation.uri,
          location?.region.startLine,
          location?.region.startColumn,
        ];
      }),
    ).toEqual([
      ['sourced-figures', 'error', 'page.html', 3, 23],
      ['photo-credit', 'error', 'page.html', 4, 9],
      ['charter-language', 'warning', 'page.html', 5, 16],
    ]);
  });

  it('prints GitHub annotations on the page', () => {
    const root = folderWith({ 'page.html': PAGE });
    const { stdout } = spawnCli(['--format', 'github', 'page.html'], root);
    expect(stdout).toMatch(
      /^::error file=page\.html,line=3,col=23,endLine=3,endColumn=30,title=sourced-figures::/m,
    );
  });

  it('lints HTML from stdin named by --stdin-filename', () => {
    const root = folderWith({});
    const { code, stdout } = spawnCli(['--format', 'json', '--stdin-filename', 'post.html', '-'], root, PAGE);
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout) as FileReport[];
    expect(report?.messages.map((m) => m.ruleId)).toEqual([
      'sourced-figures',
      'photo-credit',
      'charter-language',
    ]);
  });

  it('never rewrites a page under --fix, and says so naming it', () => {
    const page = PAGE.replace('victims of malaria', 'victims of malaria. Ask the chairman');
    const root = folderWith({ 'page.html': page, 'draft.md': 'Ask the chairman.\n' });
    const { code, stdout } = spawnCli(['--fix', '--format', 'json', 'page.html', 'draft.md'], root);
    expect(code).toBe(1);
    expect(readFileSync(join(root, 'page.html'), 'utf8')).toBe(page);
    const reports = JSON.parse(stdout) as FileReport[];
    const notice = reports.find((report) => report.filePath === 'page.html')?.messages[0];
    expect(notice).toMatchObject({ ruleId: 'file-not-fixed', severity: 'warning', line: 1 });
    expect(notice?.message).toContain('never rewrites an HTML page (page.html)');
    // The Markdown draft beside it is fixed as usual.
    expect(readFileSync(join(root, 'draft.md'), 'utf8')).toBe('Ask the chair.\n');
  });
});
