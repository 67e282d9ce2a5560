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
      .filter((message) =>
        ['translation-parity', 'figure-registry', 'figure-consistency'].includes(message.ruleId),
      )
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

  it("a Word draft's scope (a custom property) compares its figures with the Markdown drafts of that scope", async () => {
    const root = folderWith({
      'about.md': `---\nscope: alima\n---\n\nSince 2009, ALIMA has treated 13 million patients.[^1]\n\n[^1]: ALIMA ${YEAR}.\n`,
      // pandoc writes `scope` from the Markdown's metadata into the document's custom properties.
      'brief.docx': pandocDocx(
        `Since 2009, ALIMA has treated 5 million patients.[^1]\n\n[^1]: ALIMA ${YEAR}.\n`,
        { args: ['--metadata', 'scope=alima'] },
      ),
      'other.docx': pandocDocx(
        `Since 2009, ALIMA has treated 5 million patients.[^1]\n\n[^1]: ALIMA ${YEAR}.\n`,
      ),
    });
    const { reports } = await runJson(['about.md', 'brief.docx', 'other.docx'], root);
    // The draft without a scope is compared with nobody.
    expect(project(reports)).toEqual([
      'about.md:5 figure-consistency 13 million',
      'brief.docx:1 figure-consistency 5 million',
    ]);
  });

  it('a Word draft and a Markdown page sharing a translationKey are translations, whatever their names', async () => {
    const root = folderWith({
      'report.md': `---\nlang: en\ntranslationKey: displacement-2020\n---\n\nIn 2020, 332,957 people were displaced.[^1]\n\n[^1]: OCHA ${YEAR}.\n`,
      'rapport-deplacements.docx': pandocDocx(
        `En 2020, 298 000 personnes ont été déplacées au Mali selon les autorités.[^1]\n\n[^1]: OCHA ${YEAR}.\n`,
        { args: ['--metadata', 'translationKey=displacement-2020'] },
      ),
    });
    const { reports } = await runJson(['report.md', 'rapport-deplacements.docx'], root);
    expect(project(reports)).toEqual([
      'report.md:6 translation-parity 332,957',
      'rapport-deplacements.docx:1 translation-parity 298 000',
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
