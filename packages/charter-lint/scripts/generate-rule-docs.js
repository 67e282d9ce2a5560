// Writes docs/rules/<id>.md for every rule from its metadata (run after the build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rulePage, rules } from '../dist/index.js';

const folder = new URL('../docs/rules/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const rule of rules) {
  writeFileSync(new URL(`${rule.meta.id}.md`, folder), rulePage(rule.meta));
}
console.log(`Wrote ${rules.length} rule pages to docs/rules/.`);
