import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexicons } from './index.js';
import { lexiconPage } from './page.js';
import { LANGS } from '../config/langs.js';

describe.each(LANGS)('docs/lexicon/%s.md', (lang) => {
  const lexicon = lexicons[lang];

  it('is current with the lexicon data (regenerate: npm run build && npm run docs -w @alima/charter-lint)', () => {
    const committed = readFileSync(new URL(`../../docs/lexicon/${lang}.md`, import.meta.url), 'utf8');
    expect(committed).toBe(lexiconPage(lexicon));
  });

  it('lists every category and entry with its why and replacements', () => {
    const page = lexiconPage(lexicon);
    for (const category of Object.values(lexicon.categories)) expect(page).toContain(`## ${category.title}`);
    for (const entry of lexicon.entries) {
      expect(page).toContain(`### \`${entry.id}\``);
      expect(page).toContain(entry.note);
      for (const replacement of entry.replacements) expect(page).toContain(replacement);
    }
  });
});
