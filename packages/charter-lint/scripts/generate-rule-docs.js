// Writes docs/rules/<id>.md for every rule from its metadata (run after the build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rulePage, ruleMetas } from '../dist/index.js';

const folder = new URL('../docs/rules/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const meta of ruleMetas) {
  writeFileSync(new URL(`${meta.id}.md`, folder), rulePage(meta));
}
console.log(`Wrote ${ruleMetas.length} rule pages to docs/rules/.`);
