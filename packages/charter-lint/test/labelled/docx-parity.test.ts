import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDocx } from '../../src/docx/lint-docx.js';
import { lintText } from '../../src/engine/lint-text.js';
import type { FileReport } from '../../src/engine/report-types.js';
import { pandocDocx, png, RAW_HTML_FILTER } from '../docx/pandoc.js';

const folder = new URL('./', import.meta.url);
const drafts = readdirSync(folder).filter((name) => name.endsWith('.md'));
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** `rule actual` of each finding of the compared rules, sorted: the findings, positions aside. */
const findings = (report: FileReport, rule: string) =>
  report.messages
    .filter((message) => message.ruleId === rule)
    .map((message) => message.actual ?? message.message)
    .sort();

/**
 * A writer's Word copy of a labelled draft: pandoc converts the Markdown
 * (front matter left out, as Word has none) to .docx; its language is
 * guessed from its words, as for a Word document linted without `--lang`. Raw HTML, which pandoc's Word writer drops,
 * is read as HTML first (see `raw-html.lua`).
 */
describe('a labelled draft converted to Word gives the findings of its Markdown', () => {
  it.each(drafts)('%s', async (name) => {
    const markdown = readFileSync(new URL(name, folder), 'utf8');
    // The drafts name pictures that do not exist: pandoc embeds the test's PNG in their place.
    const text = markdown
      .replace(FRONT_MATTER, '')
      .replace(/(!\[[^\]]*\]\()[^)\s]+/g, '$1picture.png')
      .replace(/(<img\b[^>]*\bsrc=")[^"]*/g, '$1picture.png');
    const docx = pandocDocx(text, {
      args: ['--lua-filter', RAW_HTML_FILTER],
      files: { 'picture.png': png() },
    });
    const options = { markdownlint: false } as const;
    const fromMarkdown = await lintText(markdown, { ...options, filePath: name });
    const fromWord = await lintDocx(docx, { ...options, filePath: name.replace(/\.md$/, '.docx') });
    for (const rule of ['sourced-figures', 'charter-language']) {
      expect(findings(fromWord, rule), rule).toEqual(findings(fromMarkdown, rule));
    }
    // Pictures are named differently in Word (`word/media/…`): the same number of uncredited ones.
    expect(findings(fromWord, 'photo-credit').length).toBe(findings(fromMarkdown, 'photo-credit').length);
    expect(
      findings(fromMarkdown, 'sourced-figures').length + findings(fromMarkdown, 'charter-language').length,
    ).toBeGreaterThan(0);
  });
});
