import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { lintText } from '../src/engine/lint-text.js';
import { fixText } from '../src/fix/fix-text.js';
import { createParser } from '../src/parse/processor.js';
import type { CharterMessage } from '../src/report/finding.js';
import { rules } from '../src/rules/catalogue.js';
import type { CharterRule } from '../src/rules/define-rule.js';
import { severityOf } from '../src/report/severity.js';
import { photoCredit, type PhotoCreditOptions } from '../src/rules/photo-credit.js';

const mali = readFileSync(new URL('fixtures/mali.md', import.meta.url), 'utf8');

/** The footnote and photo rules of the catalogue, in its order. */
const catalogue: readonly CharterRule<never>[] = rules.filter((rule) =>
  /^(?:footnote|photo)-/.test(rule.meta.id),
);

async function lintMali(photoCreditOptions?: PhotoCreditOptions): Promise<CharterMessage[]> {
  const file = new VFile({ path: 'mali.md', value: mali });
  const processor = createParser();
  for (const rule of catalogue)
    processor.use(rule, (rule === photoCredit ? photoCreditOptions : undefined) as never);
  await processor.run(processor.parse(file), file);
  return file.messages as CharterMessage[];
}

const summary = (messages: CharterMessage[]) =>
  messages.map((message) => ({
    rule: message.ruleId,
    severity: severityOf(message),
    line: message.line,
    actual: message.actual,
  }));

describe('the Mali country page (seed)', () => {
  // A map is not a photo: it has no photographer to credit. The seed's only
  // uncredited image is `map-mali.png`, so the page is checked with maps exempt.
  const mapsExempt = { exempt: ['**/map-*'] };

  it('has no error from the footnote and photo rules', async () => {
    const errors = (await lintMali(mapsExempt)).filter((message) => severityOf(message) === 'error');
    expect(summary(errors)).toEqual([]);
  });

  it('warns about the missing note ⁴, the source line without a marker, and two file-name alt texts', async () => {
    const warnings = (await lintMali(mapsExempt)).filter((message) => severityOf(message) === 'warning');
    expect(summary(warnings)).toEqual([
      { rule: 'footnote-sequence', severity: 'warning', line: 31, actual: '⁵' },
      {
        rule: 'footnote-sequence',
        severity: 'warning',
        line: 69,
        actual: 'International Organization for Migration (OIM) 2020',
      },
      { rule: 'photo-alt-text', severity: 'warning', line: 35, actual: 'CONTEXTE 4 scaled' },
      { rule: 'photo-alt-text', severity: 'warning', line: 58, actual: 'IMPACT 7 scaled' },
    ]);
    expect(warnings.map((message) => message.reason).slice(0, 2)).toEqual([
      'Note ⁵ follows ³: there is no ⁴. Number notes without gaps',
      'This source line has no marker: is it note ⁴?',
    ]);
  });

  it('reports the uncredited map when maps are not exempt', async () => {
    const errors = (await lintMali()).filter((message) => severityOf(message) === 'error');
    expect(summary(errors)).toEqual([
      { rule: 'photo-credit', severity: 'error', line: 10, actual: '/wp-content/uploads/map-mali.png' },
    ]);
  });
});

describe('the Mali page through the engine', () => {
  it('takes the exempt globs from the configuration file', async () => {
    const report = await lintText(mali, {
      catalogue,
      markdownlint: false,
      rules: { 'photo-credit': ['error', { exempt: ['**/map-*'] }] },
    });
    expect(report.errorCount).toBe(0);
    expect(report.warningCount).toBe(4);
  });

  it('lets a writer silence the map with a suppression comment instead', async () => {
    const suppressed = mali.replace(
      '![map mali]',
      '<!-- charter-lint ignore photo-credit -->\n\n![map mali]',
    );
    const report = await lintText(suppressed, { catalogue, markdownlint: false });
    expect(report.messages.filter((message) => message.ruleId === 'photo-credit')).toEqual([]);
    expect(report.errorCount).toBe(0);
  });

  it('fixes a glued credit and leaves the footnote warnings to the writer', async () => {
    const glued = mali.replace(
      '![IMPACT 7 scaled](/wp-content/uploads/IMPACT-7-scaled.jpg)\n© Nana',
      '![IMPACT 7 scaled](/wp-content/uploads/IMPACT-7-scaled.jpg)\n©Nana',
    );
    expect(glued).not.toBe(mali);
    const fixed = await fixText(glued, {
      catalogue,
      markdownlint: false,
      rules: { 'photo-credit': ['error', { exempt: ['**/map-*'] }] },
    });
    expect(fixed.output).toBe(mali);
    expect(fixed.applied).toBe(1);
    expect(fixed.report.messages.map((message) => message.ruleId)).toEqual([
      'footnote-sequence',
      'photo-alt-text',
      'photo-alt-text',
      'footnote-sequence',
    ]);
  });
});
