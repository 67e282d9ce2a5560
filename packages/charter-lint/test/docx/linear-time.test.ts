import { describe, expect, it } from 'vitest';
import { lintDocx } from '../../src/docx/lint-docx.js';
import { GROWTH, growthRatio, MAX_RATIO } from '../growth-ratio.js';
import { pandocDocx, png } from './pandoc.js';

/** `sections` sections of a report: a heading, figures with footnotes, a list, a table, a picture and its credit. */
function report(sections: number): Uint8Array {
  const parts: string[] = [];
  for (let index = 1; index <= sections; index++) {
    parts.push(
      `## Region ${index}`,
      `In region ${index}, 45% of children are sick.[^n${index}] Another 12,400 people fled the third world.`,
      `- ${index * 100} cases\n- 30% of them treated`,
      `| Site | Cases | Source |\n| --- | --- | --- |\n| A${index} | 1,875 | |`,
      `![A nurse in region ${index}](picture.png)`,
      '© Jane Doe / ALIMA',
      `[^n${index}]: ${index % 2 === 0 ? 'See website.' : 'UNICEF report, 2023.'}`,
    );
  }
  return pandocDocx(parts.join('\n\n') + '\n', { files: { 'picture.png': png() } });
}

describe('linting a Word document takes time linear in its length', () => {
  it(`${GROWTH}× the sections take less than ${MAX_RATIO}× the time`, async () => {
    const small = report(12);
    const large = report(12 * GROWTH);
    const options = { filePath: 'report.docx', lang: 'en' as const };
    // The findings grow with the document: the large one is read through, not cut short.
    const [few, many] = [await lintDocx(small, options), await lintDocx(large, options)];
    expect(many.messages.length).toBeGreaterThan(few.messages.length * GROWTH * 0.9);
    const ratio = await growthRatio(
      () => lintDocx(small, options),
      () => lintDocx(large, options),
    );
    expect(ratio).toBeLessThan(MAX_RATIO);
  });
});
