import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createParser } from '../src/parse/processor.js';
import type { CharterMessage } from '../src/report/finding.js';
import { severityOf } from '../src/report/severity.js';
import { footnoteSequence } from '../src/rules/footnote-sequence.js';
import { footnoteSource } from '../src/rules/footnote-source.js';
import { footnoteUndefined } from '../src/rules/footnote-undefined.js';
import { footnoteUnused } from '../src/rules/footnote-unused.js';
import { photoAltText } from '../src/rules/photo-alt-text.js';
import { photoCredit, type PhotoCreditOptions } from '../src/rules/photo-credit.js';
import { photoCreditFormat } from '../src/rules/photo-credit-format.js';

const mali = readFileSync(new URL('fixtures/mali.md', import.meta.url), 'utf8');

async function lintMali(photoCreditOptions?: PhotoCreditOptions): Promise<CharterMessage[]> {
  const file = new VFile({ path: 'mali.md', value: mali });
  const processor = createParser()
    .use(footnoteUndefined)
    .use(footnoteUnused)
    .use(footnoteSource)
    .use(footnoteSequence)
    .use(photoCredit, photoCreditOptions)
    .use(photoCreditFormat)
    .use(photoAltText);
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
