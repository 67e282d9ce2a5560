import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint-text.js';

const folder = new URL('./', import.meta.url);
const drafts = readdirSync(folder).filter((name) => name.endsWith('.md'));
const RULES = ['sourced-figures', 'charter-language', 'photo-credit'] as const;

/**
 * A draft as a web page, made by pandoc (installed by `.ci/run`): its body
 * from GitHub Markdown to a standalone HTML page whose `<html lang>` is the
 * front matter's `lang` (pandoc's GFM reader does not read front matter).
 */
function asWebPage(markdown: string, name: string): string {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const lang = /^lang:\s*(\S+)/m.exec(frontMatter?.[1] ?? '')?.[1] ?? 'en';
  const body = markdown.slice(frontMatter?.[0].length ?? 0);
  return execFileSync(
    'pandoc',
    ['-f', 'gfm', '-t', 'html', '-s', '-M', `lang=${lang}`, '-M', `pagetitle=${name}`],
    {
      input: body,
      encoding: 'utf8',
    },
  );
}

/**
 * What a rule found, in order. pandoc wraps lines at 72 columns, so a finding
 * that spans a wrap quotes a line break where the Markdown has a space: the
 * same words either way.
 */
const found = (messages: { ruleId: string; actual?: string }[], rule: string) =>
  messages
    .filter((message) => message.ruleId === rule)
    .map((message) => message.actual?.replace(/\s+/g, ' '));

describe('a labelled draft converted to HTML by pandoc gives the findings of its Markdown', () => {
  it('has drafts to compare', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(8);
  });

  it.each(drafts)('%s', async (name) => {
    const markdown = readFileSync(new URL(name, folder), 'utf8');
    const html = asWebPage(markdown, name);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    const fromMarkdown = await lintText(markdown, { filePath: name, markdownlint: false });
    const fromHtml = await lintText(html, { filePath: name.replace(/\.md$/, '.html') });
    for (const rule of RULES) {
      expect({ rule, findings: found(fromHtml.messages, rule) }).toEqual({
        rule,
        findings: found(fromMarkdown.messages, rule),
      });
    }
  });

  it('finds something of each compared rule across the drafts, so the comparison means something', async () => {
    const counts: Record<string, number> = Object.fromEntries(RULES.map((rule) => [rule, 0]));
    for (const name of drafts) {
      const markdown = readFileSync(new URL(name, folder), 'utf8');
      const report = await lintText(asWebPage(markdown, name), { filePath: 'draft.html' });
      for (const rule of RULES) counts[rule] = (counts[rule] ?? 0) + found(report.messages, rule).length;
    }
    expect(counts['sourced-figures']).toBeGreaterThanOrEqual(10);
    expect(counts['charter-language']).toBeGreaterThanOrEqual(10);
    expect(counts['photo-credit']).toBeGreaterThanOrEqual(1);
  });
});
