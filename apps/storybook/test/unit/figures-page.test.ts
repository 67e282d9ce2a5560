import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/generate-figures-page.js', import.meta.url));
const run = (...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe' });

// Each test runs the generator in a process of its own, which loads the linter: seconds on a busy machine.
describe('the Figures page', { timeout: 120_000 }, () => {
  let scratch: string | undefined;
  afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));

  it('is current with the example registry and drafts (regenerate: npm run figures-page -w @alima/storybook)', () => {
    expect(run('--check')).toContain('is current: 4 figures');
  });

  it('shows each figure with its source and year, and where the drafts state it, in both languages', () => {
    scratch = mkdtempSync(join(tmpdir(), 'figures-page-'));
    const out = join(scratch, 'figures.mdx');
    run('--out', out);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<Meta title="Writing rules/Figures" />');
    const row = page.slice(
      page.indexOf('<code>mali.population</code>'),
      page.indexOf('</tr>', page.indexOf('<code>mali.population</code>')),
    );
    expect(row).toContain('<td>2020</td>');
    expect(row).toContain('<a href="https://data.worldbank.org/country/mali">World Bank 2020</a>');
    expect(row).toContain('<code>mali.en.md</code> line 8: “20.25 million”');
    expect(row).toContain('<code>mali.fr.md</code> line 8: “20,25 millions”');
    // A rounding of the registry value is a use that agrees.
    expect(row).toContain('<code>mali-appeal.en.md</code> line 8: “20 million”</li>');
    expect(row).not.toContain('differs');
  });
});
