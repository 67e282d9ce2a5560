import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint-text.js';

const markdown = readFileSync(new URL('fixtures/mali.md', import.meta.url), 'utf8');
// The seed page as WordPress serves it: header and menu, key figures with superscript markers,
// the context paragraph, photos with their credit line, the sources, related news, the donate link.
const html = readFileSync(new URL('fixtures/mali.html', import.meta.url), 'utf8');

describe('the Mali country page (seed) as HTML', () => {
  it('gives the same findings as the Markdown seed: rule ids, severities and actual values', async () => {
    const fromMarkdown = await lintText(markdown, { filePath: 'mali.md', markdownlint: false });
    const fromHtml = await lintText(html, { filePath: 'mali.html' });
    const summary = (messages: typeof fromHtml.messages) =>
      messages.map((message) => [message.ruleId, message.severity, message.actual]);
    expect(summary(fromHtml.messages)).toEqual(summary(fromMarkdown.messages));
    expect(summary(fromHtml.messages)).toEqual([
      ['photo-credit', 'error', '/wp-content/uploads/map-mali.png'],
      ['sourced-figures', 'error', '332,957'],
      ['sourced-figures', 'error', '207,751'],
      ['footnote-sequence', 'warning', '⁵'],
      ['photo-alt-text', 'warning', 'CONTEXTE 4 scaled'],
      ['photo-alt-text', 'warning', 'IMPACT 7 scaled'],
      ['footnote-sequence', 'warning', 'International Organization for Migration (OIM) 2020'],
    ]);
  });

  it('places every finding on the HTML line that holds it, text findings on their very column', async () => {
    const lines = html.split('\n');
    const { messages } = await lintText(html, { filePath: 'mali.html' });
    for (const message of messages) {
      const line = lines[message.line - 1] ?? '';
      expect(line).toContain(message.actual);
      // Images are placed on their <img> tag, as in Markdown on `![…](…)`.
      if (message.ruleId === 'photo-credit' || message.ruleId === 'photo-alt-text') continue;
      expect(line.slice(message.column - 1, message.column - 1 + (message.actual ?? '').length)).toBe(
        message.actual,
      );
    }
    expect(messages.find((message) => message.actual === '332,957')?.line).toBe(
      lines.findIndex((line) => line.includes('332,957')) + 1,
    );
  });
});
