import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';
import { SEVERITIES } from '../../src/report/severity.js';
import type { FileReport } from '../../src/engine/report-types.js';
import { arbitraryMarkdown, mutatedDraft } from './arbitrary-markdown.js';

const seed = readFileSync(new URL('../fixtures/mali.md', import.meta.url), 'utf8');

/** What every report must be, whatever the input: well-formed, and no rule crashed. */
function expectWellFormed(report: FileReport, source: string): void {
  const lines = source.split(/\r\n|\r|\n/).length;
  for (const message of report.messages) {
    expect(message.ruleId, message.message).not.toBe('internal-error');
    expect(SEVERITIES).toContain(message.severity);
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.line).toBeLessThanOrEqual(lines);
    expect(message.column).toBeGreaterThanOrEqual(1);
    expect(message.endLine).toBeGreaterThanOrEqual(message.line);
    expect(message.message.length).toBeGreaterThan(0);
  }
  expect(report.errorCount).toBe(report.messages.filter((message) => message.severity === 'error').length);
  expect(report.warningCount).toBe(
    report.messages.filter((message) => message.severity === 'warning').length,
  );
}

describe('any draft yields a report', () => {
  it('arbitrary Markdown, English and French', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryMarkdown, fc.constantFrom('en', 'fr' as const), async (source, lang) => {
        expectWellFormed(await lintText(source, { lang }), source);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('mutations of the seed country page', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDraft(seed), async (source) => {
        expectWellFormed(await lintText(source), source);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
