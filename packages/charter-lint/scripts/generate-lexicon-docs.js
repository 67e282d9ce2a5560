// Writes docs/lexicon/<lang>.md for every lexicon from its data (run after the build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { lexiconPage, lexicons } from '../dist/index.js';

const folder = new URL('../docs/lexicon/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const [lang, lexicon] of Object.entries(lexicons)) {
  writeFileSync(new URL(`${lang}.md`, folder), lexiconPage(lexicon));
}
console.log(`Wrote ${Object.keys(lexicons).length} lexicon pages to docs/lexicon/.`);
