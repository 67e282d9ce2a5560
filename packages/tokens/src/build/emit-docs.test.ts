import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from './build-outputs.js';
import { DOCS_END, DOCS_START, renderTokenTables, replaceDocsSection } from './emit-docs.js';
import type { TokenEntry } from './token-set.js';

const entry = (overrides: Partial<TokenEntry>): TokenEntry => ({
  name: 'space-md',
  cssVar: '--alima-space-md',
  path: ['space', 'md'],
  type: 'dimension',
  description: 'Default padding.',
  value: '1rem',
  ...overrides,
});

describe('renderTokenTables', () => {
  it('writes one table per category with only the columns that have content', () => {
    expect(renderTokenTables([entry({})])).toBe(
      [
        '### Spacing',
        '',
        '| Custom property | Value | Description |',
        '| --- | --- | --- |',
        '| `--alima-space-md` | `1rem` | Default padding. |',
      ].join('\n'),
    );
  });

  it('shows aliases, dark and forced values, and escapes pipes', () => {
    const table = renderTokenTables([
      entry({
        name: 'color-text',
        cssVar: '--alima-color-text',
        path: ['color', 'text'],
        type: 'color',
        value: '#1a1a1d',
        aliasOf: 'color.neutral.900',
        dark: '#f6f6f7',
        forcedColor: 'CanvasText',
        description: 'Body text | headings.',
      }),
    ]);
    expect(table).toContain('| Custom property | Value | Dark theme | Forced colours | Description |');
    expect(table).toContain(
      '| `--alima-color-text` | `#1a1a1d` = `{color.neutral.900}` | `#f6f6f7` | `CanvasText` | Body text \\| headings. |',
    );
  });
});

describe('replaceDocsSection', () => {
  it('replaces only the text between the markers', () => {
    const readme = `# Title\n\n${DOCS_START}\nold\n${DOCS_END}\n\nAfter.\n`;
    expect(replaceDocsSection(readme, 'new')).toBe(
      `# Title\n\n${DOCS_START}\n\nnew\n\n${DOCS_END}\n\nAfter.\n`,
    );
  });

  it('explains which markers are missing', () => {
    expect(() => replaceDocsSection('# Title\n', 'new')).toThrow('README.md needs the markers');
  });
});

describe('README.md', () => {
  it('documents every token as the source currently defines it (run `npm run docs` when this fails)', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const readme = readFileSync(`${root}/README.md`, 'utf8');
    expect(readme).toBe(replaceDocsSection(readme, renderTokenTables(buildOutputs(root).entries)));
  });
});
