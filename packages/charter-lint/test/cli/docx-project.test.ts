import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { pandocDocx } from '../docx/pandoc.js';
import { folderWith } from './fixtures.js';
import { runJson } from './run-main.js';

const YEAR = new Date().getFullYear();

/** `file:line rule` of each finding of the project rules, with the value it reports. */
const project = (reports: readonly FileReport[]) =>
  reports.flatMap((report) =>
    report.messages
      .filter((message) => ['translation-parity', 'figure-registry'].includes(message.ruleId))
      .map((message) => `${report.filePath}:${message.line} ${message.ruleId} ${message.actual ?? ''}`),
  );

describe('Word drafts in the project rules', () => {
  it('a Word translation of a Markdown page is compared with it, both ways', async () => {
    const root = folderWith({
      'en/report.md': `---\nlang: en\n---\n\n# Displacement\n\nIn 2020, 332,957 people were displaced.[^1]\n\n[^1]: OCHA ${YEAR}.\n`,
      'fr/report.docx': pandocDocx(
        `# Déplacements\n\nEn 2020, 298 000 personnes ont été déplacées au Mali selon les autorités.[^1]\n\n[^1]: OCHA ${YEAR}.\n`,
      ),
    });
    const { reports } = await runJson(['en/report.md', 'fr/report.docx'], root);
    expect(project(reports)).toEqual([
      `${join('en', 'report.md')}:7 translation-parity 332,957`,
      // Paragraph 2 of the document: the sentence under the heading.
      `${join('fr', 'report.docx')}:2 translation-parity 298 000`,
    ]);
  });

  it('a Word draft is checked against the figure registry', async () => {
    const root = folderWith({
      '.git/HEAD': '',
      '.charter-lintrc.json': JSON.stringify({ figures: { registry: 'figures.yml' } }),
      'figures.yml': `mali.population:\n  value: 20250000\n  year: ${YEAR}\n  source: World Bank\n  labels:\n    en: [inhabitants]\n`,
      'brief.docx': pandocDocx(
        `# Mali\n\nMali has 21.9 million inhabitants.[^1]\n\n[^1]: World Bank ${YEAR}.\n`,
      ),
    });
    const { reports } = await runJson(['brief.docx'], root);
    expect(project(reports)).toEqual(['brief.docx:2 figure-registry 21.9 million']);
  });
});
