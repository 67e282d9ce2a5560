import { lintText } from '@alima/charter-lint';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MALI_PATH, mali } from './mali.js';

const SCRIPT = fileURLToPath(new URL('../scripts/mali-example.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../components/examples/mali.html', import.meta.url));

/** Runs `node scripts/mali-example.js args`, as `npm run mali-example` does. */
function run(args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

/** The findings of the rules a lost footnote marker trips: the notes' order and the figures' sources. */
async function markerFindings(draft: string) {
  const report = await lintText(draft, { filePath: fileURLToPath(MALI_PATH) });
  return report.messages
    .filter(({ ruleId }) => ruleId.startsWith('footnote-') || ruleId === 'sourced-figures')
    .map(({ ruleId, line }) => `${ruleId}:${line}`);
}

describe('the components’ Mali example, generated from the draft', () => {
  it('is the page the draft gives: the committed copy is not stale', () => {
    const { status, stderr } = run(['--check']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('fails the check on a stale copy, naming it and the command, and rewrites it as committed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'mali-example-'));
    try {
      const copy = join(folder, 'mali.html');
      copyFileSync(EXAMPLE, copy);
      writeFileSync(copy, readFileSync(copy, 'utf8').replace('20.25 million', '20.5 million'));
      const stale = run(['--check', '--out', copy]);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain(`${copy} is stale: run \`npm run mali-example -w @alima/render\``);
      expect(run(['--out', copy]).status).toBe(0);
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('applies only the fix charter-lint asks for: the lost fourth marker, and nothing else of the text changes', async () => {
    const { stdout: corrected, status } = run(['--draft']);
    expect(status).toBe(0);
    // The seed as written: the IOM note is cited nowhere, its figures are unsourced.
    expect(await markerFindings(mali)).toEqual(
      expect.arrayContaining(['footnote-sequence:31', 'sourced-figures:31']),
    );
    expect(await markerFindings(corrected)).toEqual([]);
    // The correction adds two markers and nothing else.
    expect(corrected.replace('2019.⁴', '2019.').replace('⁴ International', 'International')).toBe(mali);
  });
});
